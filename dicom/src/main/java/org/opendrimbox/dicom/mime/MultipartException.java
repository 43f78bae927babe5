package org.opendrimbox.dicom.mime;

import java.io.IOException;

/** Malformed multipart content (missing boundary, oversized headers, truncated body). */
public class MultipartException extends IOException {

  private static final long serialVersionUID = 1L;

  public MultipartException(String message) {
    super(message);
  }
}
