package org.opendrimbox.dicom.net;

import java.io.IOException;

/**
 * Writes an outbound DIMSE data set, already encoded in the negotiated transfer syntax, to a {@link PDVOutputStream}.
 */
@FunctionalInterface
public interface DataWriter {
  void writeTo(PDVOutputStream out, String transferSyntax) throws IOException;
}
