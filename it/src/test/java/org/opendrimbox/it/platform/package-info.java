/** Integration tests of the platform: configuration scripts, readiness, persistence, databases. */
package org.opendrimbox.it.platform;
