package org.opendrimbox.dicom.net;

import java.io.IOException;

/** No accepted presentation context for the abstract syntax (and transfer syntax) a DIMSE message needs. */
public class NoPresentationContextException extends IOException {
  private static final long serialVersionUID = 1L;

  public NoPresentationContextException(String message) {
    super(message);
  }
}
