package org.opendrimbox.pacs;

import java.util.Objects;

/**
 * The PACS study contradicts the report (R9): another patient (IPP) or an accession number the report does
 * not list, or several studies for one accession-only query. Final: the report must not be published and the
 * administrator is told. The message names what differs, never the values (no PHI).
 */
public final class PacsMismatchException extends PacsException {

  private static final long serialVersionUID = 1L;

  /** What is incoherent. */
  public enum Reason {
    /** The PACS patient is not the report's IPP (ERR01). */
    PATIENT_MISMATCH("ERR01"),
    /** The PACS accession number is not one of the report's (ERR02). */
    ACCESSION_MISMATCH("ERR02"),
    /** An accession-only query matched more than one study. */
    AMBIGUOUS_STUDY("ERR02");

    private final String code;

    Reason(String code) {
      this.code = code;
    }
  }

  private final Reason reason;

  public PacsMismatchException(Reason reason, String message) {
    super(message, null);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }

  @Override
  public boolean retryable() {
    return false;
  }

  @Override
  public String errorCode() {
    return reason.code;
  }
}
