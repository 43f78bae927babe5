package org.opendrimbox.dicom.net.service;

import java.io.IOException;
import org.opendrimbox.dicom.net.Status;

/** A DIMSE failure with its status code and an optional Error Comment (sent truncated to 64 characters). */
public class DicomServiceException extends IOException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final String errorComment;

  public DicomServiceException(int status, String errorComment) {
    super(Status.toHex(status) + (errorComment == null ? "" : ": " + errorComment));
    this.status = status;
    this.errorComment = errorComment;
  }

  public DicomServiceException(int status, String errorComment, Throwable cause) {
    this(status, errorComment);
    initCause(cause);
  }

  public int status() {
    return status;
  }

  /** The comment as sent in (0000,0902): at most 64 characters, or null. */
  public String errorComment() {
    if (errorComment == null) {
      return null;
    }
    return errorComment.length() > 64 ? errorComment.substring(0, 64) : errorComment;
  }
}
