/** SOAP 1.2 envelopes with WS-Addressing, faults, and the MTOM/XOP multipart codec. */
package org.opendrimbox.xds.soap;
