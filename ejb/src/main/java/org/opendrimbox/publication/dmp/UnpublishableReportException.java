package org.opendrimbox.publication.dmp;

/**
 * The report or its KOS lacks something the DMP requires (R12): publishing would be rejected, so
 * the task is final. The message is readable by an administrator and carries no patient data.
 */
public class UnpublishableReportException extends Exception {
  private static final long serialVersionUID = 1L;

  public UnpublishableReportException(String message) {
    super(message);
  }
}
