package org.opendrimbox.intake.internal;

import ca.uhn.hl7v2.model.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendrimbox.ids.AccessionNumber;
import org.opendrimbox.ids.DocumentId;
import org.opendrimbox.ids.Issuer;
import org.opendrimbox.ids.StudyInstanceUid;
import org.opendrimbox.intake.CdaReport;
import org.opendrimbox.intake.ErrorLocation;
import org.opendrimbox.intake.EventKind;
import org.opendrimbox.intake.ExamIdentifiers;
import org.opendrimbox.intake.IntakeError;
import org.opendrimbox.intake.IntakeIssue;
import org.opendrimbox.intake.IntakeOptions;
import org.opendrimbox.intake.MessageHeader;
import org.opendrimbox.intake.ReportMessage;
import org.opendrimbox.intake.ServiceEvent;
import org.opendrimbox.intake.Severity;
import org.opendrimbox.intake.VisibilityFlags;

/**
 * Maps a parsed ORU^R01, MDM^T02/T10/T04 or OMI^O23 to a {@link ReportMessage}, applying the
 * validation rules of requirements R3, R6 and R57; throws {@link IntakeException} to reject.
 */
public final class ReportMessageMapper {

  private final PatientMapper patients;
  private final CdaExtractor cdaExtractor = new CdaExtractor();

  public ReportMessageMapper(IntakeOptions options) {
    this.patients = new PatientMapper(options);
  }

  /** Maps and validates; the header must already have passed {@code HeaderRules}. */
  public ReportMessage map(MessageHeader header, HapiParsing.Parsed parsed) throws IntakeException {
    Segments segments = Segments.of(parsed.message());
    Segment pid = required(segments, "PID");
    String orderControl = Segments.get(required(segments, "ORC"), 1, 1);
    if ("OMI".equals(header.messageType())) {
      return mapOrder(header, segments, pid, orderControl);
    }
    ObservationMapper.DocumentObx doc = ObservationMapper.document(segments, parsed.edData()).orElseThrow(
        () -> new IntakeException(IntakeError.CDA_MISSING, ErrorLocation.of("OBX", 5), null));
    CdaReport cda = cdaExtractor.extract(doc.encoding(), doc.data(), doc.dataLocation());
    VisibilityFlags flags = ObservationMapper.flags(segments);
    EventKind kind = LifecycleRules.forReport(header.messageType(), header.triggerEvent(),
        orderControl, doc.resultStatus(), doc.sequence(), flags.confidentialityChange());
    PatientMapper.Result patient = patients.map(pid);
    ConsistencyChecks.samePatient(patient.identity(), cda);
    Optional<DocumentId> documentId = Optional.empty();
    Optional<DocumentId> replaced = cda.parentDocumentId();
    if ("MDM".equals(header.messageType())) {
      Segment txa = required(segments, "TXA");
      String entity = Segments.get(txa, 12, 1);
      if (entity.isEmpty()) {
        throw new IntakeException(IntakeError.REQUIRED_FIELD_MISSING, ErrorLocation.of("TXA", 12),
            "TXA-12");
      }
      documentId = Optional.of(ConsistencyChecks.sameDocument(entity, Segments.get(txa, 12, 3), cda));
      replaced = ConsistencyChecks.documentId(Segments.get(txa, 13, 1), Segments.get(txa, 13, 3))
          .or(() -> cda.parentDocumentId());
      if (kind == EventKind.REPLACE && replaced.isEmpty()) {
        throw new IntakeException(IntakeError.REQUIRED_FIELD_MISSING, ErrorLocation.of("TXA", 13),
            "TXA-13 is required for MDM^T10");
      }
    }
    ExamIdentifiers exam = new ExamIdentifiers(
        cda.serviceEvents().stream().map(ServiceEvent::studyInstanceUid).flatMap(Optional::stream)
            .toList(),
        cda.accessionNumbers(), cda.placerOrders());
    if (!exam.identifiesAnExam()) {
      throw new IntakeException(IntakeError.NO_EXAM_IDENTIFIER, doc.dataLocation(), "CDA");
    }
    List<IntakeIssue> warnings = identityIssues(kind, patient);
    return new ReportMessage(header, kind, orderControl, Optional.of(doc.resultStatus()),
        patient.identity(), flags, ObservationMapper.sender(segments), documentId, replaced,
        Optional.of(cda), exam, warnings);
  }

  private ReportMessage mapOrder(MessageHeader header, Segments segments, Segment pid,
      String orderControl) throws IntakeException {
    EventKind kind = LifecycleRules.forOrder(orderControl);
    PatientMapper.Result patient = patients.map(pid);
    List<StudyInstanceUid> studies = new ArrayList<>();
    List<AccessionNumber> accessions = new ArrayList<>();
    List<Segment> ipcs = segments.all("IPC");
    for (int i = 0; i < ipcs.size(); i++) {
      Segment ipc = ipcs.get(i);
      try {
        String accession = Segments.get(ipc, 1, 1);
        if (!accession.isEmpty()) {
          accessions.add(new AccessionNumber(accession, issuer(ipc)));
        }
        String study = Segments.get(ipc, 3, 1);
        if (!study.isEmpty()) {
          studies.add(new StudyInstanceUid(study));
        }
      } catch (IllegalArgumentException e) {
        throw new IntakeException(IntakeError.INVALID_EXAM_IDENTIFIER,
            ErrorLocation.of("IPC", i + 1, 0), "IPC-1 or IPC-3");
      }
    }
    ExamIdentifiers exam = new ExamIdentifiers(studies, accessions, List.of());
    if (!exam.identifiesAnExam()) {
      throw new IntakeException(IntakeError.NO_EXAM_IDENTIFIER, ErrorLocation.of("IPC", 0),
          "IPC-1 / IPC-3");
    }
    return new ReportMessage(header, kind, orderControl, Optional.empty(), patient.identity(),
        new VisibilityFlags(List.of()), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), exam, List.of());
  }

  /** IPC-1 issuer (EI.2 namespace, EI.3 universal id, EI.4 type), null when absent. */
  private static Issuer issuer(Segment ipc) {
    String ns = Segments.get(ipc, 1, 2);
    String uid = Segments.get(ipc, 1, 3);
    return ns.isEmpty() && uid.isEmpty() ? null : new Issuer(ns, uid, Segments.get(ipc, 1, 4));
  }

  /** Identity problems matter only for events that publish; errors reject, warnings do not. */
  private static List<IntakeIssue> identityIssues(EventKind kind, PatientMapper.Result patient)
      throws IntakeException {
    if (kind == EventKind.UNPUBLISH) {
      return List.of();
    }
    for (IntakeIssue issue : patient.publicationBlockers()) {
      if (issue.severity() == Severity.ERROR) {
        throw new IntakeException(issue.error(), issue.location(), issue.detail());
      }
    }
    return patient.publicationBlockers();
  }

  private static Segment required(Segments segments, String name) throws IntakeException {
    return segments.first(name).orElseThrow(() -> new IntakeException(
        IntakeError.SEGMENT_MISSING, ErrorLocation.of(name, 0), name));
  }
}
