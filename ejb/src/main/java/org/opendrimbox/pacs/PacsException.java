package org.opendrimbox.pacs;

/**
 * A PACS lookup that did not give a usable study. {@link #retryable()} tells the caller whether to try again
 * later (study not yet archived, PACS down) or to give up and report a feed error (R9). Messages never carry
 * patient data.
 */
public abstract sealed class PacsException extends Exception
    permits StudyNotFoundException, PacsUnavailableException, PacsMismatchException {

  private static final long serialVersionUID = 1L;

  protected PacsException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Whether the same lookup may succeed later. */
  public abstract boolean retryable();

  /** The legacy DRIM-M error code of the failure (ERR01 to ERR04, requirement R9). */
  public abstract String errorCode();
}
