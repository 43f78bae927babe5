package org.opendrimbox.publication;

/**
 * A publication step did not complete. {@link #retryable()} tells whether trying later may succeed (PACS or
 * DMP unavailable, study not yet in the PACS) or not (DMP rejection, PACS data inconsistent with the report).
 * Messages carry no patient data: they are shown to operators.
 */
public class StepException extends Exception {

  /** Why the step did not complete. */
  public enum Kind {
    /** The study is not (yet) in the PACS: wait, up to the configured window. */
    STUDY_NOT_IN_PACS,
    /** A peer (PACS, DMP) is unreachable or busy: retry with back-off. */
    UNAVAILABLE,
    /** Final: the DMP refused, or the data cannot be published as it is. */
    REJECTED
  }

  private final Kind kind;

  public StepException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public StepException(Kind kind, String message) {
    this(kind, message, null);
  }

  public Kind kind() {
    return kind;
  }

  public boolean retryable() {
    return kind != Kind.REJECTED;
  }
}
