/** Integration tests of the source DICOMweb service (WADO-RS, capabilities, admin) on a deployed box. */
package org.opendrimbox.it.source;
