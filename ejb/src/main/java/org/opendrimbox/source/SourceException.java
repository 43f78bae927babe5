package org.opendrimbox.source;

/**
 * A request the source cannot serve, with a protocol-neutral {@link Reason}; the HTTP adapter maps it to a status
 * and a problem document.
 */
public class SourceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the request failed. */
  public enum Reason {
    /** Malformed request: missing header, bad UID, KOS that does not match the study. */
    BAD_REQUEST,
    /** No published KOS covers the resource, or the PACS does not hold it. */
    NOT_FOUND,
    /** Nothing in the Accept header can be served for the stored objects. */
    NOT_ACCEPTABLE,
    /** The PACS cannot be reached or failed. */
    UNAVAILABLE
  }

  private final Reason reason;

  public SourceException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public SourceException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
