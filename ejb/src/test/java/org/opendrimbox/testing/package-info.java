/** Test support shared by the features' tests: a migrated in-memory database. */
package org.opendrimbox.testing;
