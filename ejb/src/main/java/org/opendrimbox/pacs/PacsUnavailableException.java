package org.opendrimbox.pacs;

/**
 * The PACS could not be queried: connection refused, association rejected or aborted, timeout, or a C-FIND
 * failure status. Retryable (ERR03).
 */
public final class PacsUnavailableException extends PacsException {

  private static final long serialVersionUID = 1L;

  public PacsUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean retryable() {
    return true;
  }

  @Override
  public String errorCode() {
    return "ERR03";
  }
}
