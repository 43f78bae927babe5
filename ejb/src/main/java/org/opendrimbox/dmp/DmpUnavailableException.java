package org.opendrimbox.dmp;

/**
 * The DMP could not be reached or did not answer usefully (connection, TLS, timeout, HTTP 5xx,
 * SOAP Receiver fault). Retryable: the publication queue should try again later.
 */
public class DmpUnavailableException extends DmpException {
  private static final long serialVersionUID = 1L;

  public DmpUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public boolean isRetryable() {
    return true;
  }
}
