package org.opendrimbox.intake.internal;

import org.opendrimbox.intake.ErrorLocation;
import org.opendrimbox.intake.IntakeError;
import org.opendrimbox.intake.IntakeIssue;

/** Thrown inside the intake when a message must be rejected; carries the ERR content. */
public final class IntakeException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient IntakeIssue issue;

  public IntakeException(IntakeError error, ErrorLocation location, String detail) {
    super(error.english() + (detail == null ? "" : " (" + detail + ")"), null, false, false);
    this.issue = IntakeIssue.error(error, location, detail);
  }

  /** The rejection cause. */
  public IntakeIssue issue() {
    return issue;
  }
}
