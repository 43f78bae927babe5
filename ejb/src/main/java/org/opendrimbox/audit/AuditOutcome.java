package org.opendrimbox.audit;

/** Outcome of an audited action (after DICOM PS3.15 EventOutcomeIndicator: success or failure). */
public enum AuditOutcome {
  SUCCESS,
  FAILURE
}
