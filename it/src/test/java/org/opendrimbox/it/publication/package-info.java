/** Integration tests of the source pipeline: report over MLLP, PACS lookup, KOS, DMP (simulator), lifecycle. */
package org.opendrimbox.it.publication;
