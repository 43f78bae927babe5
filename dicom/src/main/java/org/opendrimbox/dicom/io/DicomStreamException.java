package org.opendrimbox.dicom.io;

import java.io.IOException;

/** Malformed or unsupported DICOM stream content (bad length, unexpected tag, unsupported transfer syntax...). */
public class DicomStreamException extends IOException {

  private static final long serialVersionUID = 1L;

  public DicomStreamException(String message) {
    super(message);
  }

  public DicomStreamException(String message, Throwable cause) {
    super(message, cause);
  }
}
