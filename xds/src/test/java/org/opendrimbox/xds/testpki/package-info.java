/** Test PKI generated at run time (CA, TLS server/client and signing certificates); shared as a test-jar. */
package org.opendrimbox.xds.testpki;
