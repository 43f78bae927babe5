package org.opendrimbox.intake;

import java.util.List;
import java.util.Optional;
import org.opendrimbox.ids.DocumentId;

/**
 * A validated RIS message, ready to be stored and acted upon: what happened (event kind), to which
 * patient and exam(s), with which visibility. Built by {@link Hl7IntakeParser}.
 *
 * @param header the MSH fields
 * @param eventKind what the message asks for
 * @param orderControl ORC-1 (NW, RO, CA)
 * @param resultStatus OBX-11 of the document OBX (F, C, D); empty for OMI^O23
 * @param patient PID-3 / PID-32 identity
 * @param flags metadata OBX flags (empty for OMI^O23)
 * @param sender PRT with PRT-4 = SB, if present
 * @param documentId TXA-12 (MDM), if present
 * @param replacedDocumentId TXA-13 (MDM^T10) or the CDA parent document, if present
 * @param cda the extracted CDA (absent for OMI^O23)
 * @param exam the exam identifiers (CDA, or IPC for OMI^O23)
 * @param warnings issues that do not reject the message but may prevent publication
 */
public record ReportMessage(
    MessageHeader header,
    EventKind eventKind,
    String orderControl,
    Optional<String> resultStatus,
    PatientIdentity patient,
    VisibilityFlags flags,
    Optional<Sender> sender,
    Optional<DocumentId> documentId,
    Optional<DocumentId> replacedDocumentId,
    Optional<CdaReport> cda,
    ExamIdentifiers exam,
    List<IntakeIssue> warnings) {

  public ReportMessage {
    warnings = List.copyOf(warnings);
  }

  /** Whether the event asks to publish or update a KOS (NEW, REPLACE, VISIBILITY_UPDATE). */
  public boolean publishesKos() {
    return eventKind == EventKind.NEW
        || eventKind == EventKind.REPLACE
        || eventKind == EventKind.VISIBILITY_UPDATE;
  }

  /** Whether the event asks to withdraw a KOS (UNPUBLISH, DELETE_EXAM). */
  public boolean withdrawsKos() {
    return !publishesKos();
  }

  /**
   * Whether this message may trigger a KOS publication (R6, R9): a publishing event, a qualified
   * INS, an IPP, DESTDMP not N and at least one exam identifier. PACS checks come later.
   */
  public boolean publishable() {
    return publishesKos()
        && patient.qualified()
        && patient.ipp().isPresent()
        && flags.toDmp()
        && exam.identifiesAnExam();
  }

  /** The document id of the report: TXA-12 when present, else the CDA id. */
  public Optional<DocumentId> reportId() {
    return documentId.or(() -> cda.map(CdaReport::id));
  }
}
