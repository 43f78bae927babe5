package org.opendrimbox.iocm;

import org.opendrimbox.dicom.net.Status;

/** A received data set the box does not take as a rejection note; carries the C-STORE failure status. */
public class InvalidNoteException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Data Set Does Not Match SOP Class (PS3.4 B.2.3): the KOS IOD is not respected. */
  public static final int DOES_NOT_MATCH_SOP_CLASS = Status.DataSetDoesNotMatchSOPClassError;
  /** Cannot Understand (PS3.4 B.2.3): unreadable, or a KOS that is not a rejection note. */
  public static final int CANNOT_UNDERSTAND = Status.CannotUnderstand;

  private final int status;

  public InvalidNoteException(int status, String message) {
    super(message);
    this.status = status;
  }

  public int status() {
    return status;
  }
}
