package org.opendrimbox.trust;

/** A refused access: {@link #httpStatus()} is 401 (authentication) or 403 (authorisation). */
public class AccessDeniedException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final String reason;

  public AccessDeniedException(int httpStatus, String reason) {
    super(reason);
    this.httpStatus = httpStatus;
    this.reason = reason;
  }

  public int httpStatus() {
    return httpStatus;
  }

  public String reason() {
    return reason;
  }
}
