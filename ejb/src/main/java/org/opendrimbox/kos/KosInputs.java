package org.opendrimbox.kos;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendrimbox.ids.AccessionNumber;
import org.opendrimbox.ids.PlacerOrderNumber;
import org.opendrimbox.intake.CdaReport;
import org.opendrimbox.intake.Code;
import org.opendrimbox.intake.Organisation;
import org.opendrimbox.intake.ReportMessage;
import org.opendrimbox.intake.ServiceEvent;
import org.opendrimbox.pacs.StudyInfo;

/** Derives a {@link KosInput} from an accepted report and its checked PACS study. */
public final class KosInputs {

  private KosInputs() {}

  /**
   * The KOS input of one study of a report.
   *
   * @param report the accepted report (its CDA gives orders, procedure and organisation)
   * @param patient the patient with the CDA demographics
   * @param study the PACS study returned by the lookup
   * @param wadoRsBase this box's WADO-RS base ({@code DrimboxSettings.wadoRsBase()})
   * @param sopInstanceUid a fresh UID for the KOS instance
   * @param seriesInstanceUid a fresh UID for the KOS series
   * @param created the creation time
   */
  public static KosInput fromReport(ReportMessage report, KosPatient patient, StudyInfo study,
      String wadoRsBase, String sopInstanceUid, String seriesInstanceUid, ZonedDateTime created) {
    Optional<ServiceEvent> event = serviceEvent(report, study);
    study = withCdaDate(study, event.map(ServiceEvent::start).orElse(null));
    Code procedure = event.map(ServiceEvent::procedure).orElse(null);
    Organisation org = organisation(report, event);
    return new KosInput(patient, study, requests(report, study, procedure), procedureLabel(event),
        org == null ? "" : org.name(), org == null || org.id() == null ? "" : org.id().extension(),
        wadoRsBase, null, sopInstanceUid, seriesInstanceUid, created);
  }

  /**
   * The patient of a report: its INS and first IPP, with the demographics of its CDA recordTarget. The values
   * read from the PID segment (PID-5 legal and other names, PID-7, PID-8, PID-23) stand in for those the CDA
   * does not give.
   */
  public static KosPatient patient(ReportMessage report, String pidName, String pidBirthDate, String pidSex,
      String pidBirthPlaceCode, List<String> pidOtherNames) {
    var cda = new CdaDemographics(report.cda().map(CdaReport::patient).orElse(null));
    return new KosPatient(
        report.patient().ins().orElseThrow(() -> new IllegalArgumentException("the report has no INS")),
        report.patient().ipp().orElseThrow(() -> new IllegalArgumentException("the report has no IPP")),
        or(cda.name(), pidName), or(cda.birthDate(), pidBirthDate), or(cda.sex(), pidSex),
        or(cda.birthPlaceCode(), pidBirthPlaceCode), or(cda.otherNames(), pidOtherNames));
  }

  private static <T> T or(T fromCda, T fromPid) {
    return fromCda != null ? fromCda : fromPid;
  }

  /**
   * One request per accession number (paired with the placer order of the same rank when the counts agree,
   * else with the only placer order). When the PACS accession is among the report's, only that one is kept:
   * a report naming several exams then gives each KOS its own order.
   */
  static List<KosRequest> requests(ReportMessage report, StudyInfo study, Code procedure) {
    List<AccessionNumber> accessions = report.exam().accessionNumbers();
    List<PlacerOrderNumber> placers = report.exam().placerOrders();
    List<KosRequest> all = new ArrayList<>();
    for (int i = 0; i < accessions.size(); i++) {
      PlacerOrderNumber placer = placers.size() == accessions.size() ? placers.get(i)
          : placers.size() == 1 ? placers.get(0) : null;
      all.add(new KosRequest(accessions.get(i), placer, procedure));
    }
    if (accessions.isEmpty()) {
      placers.forEach(p -> all.add(new KosRequest(null, p, procedure)));
    }
    List<KosRequest> matching = all.stream().filter(r -> r.accession() != null
        && study.accessionNumbers().stream().anyMatch(a -> a.value().equals(r.accession().value()))).toList();
    return matching.isEmpty() ? all : matching;
  }

  /** The study, with the CDA exam start (HL7 TS) as Study Date/Time when the PACS gave no Study Date. */
  static StudyInfo withCdaDate(StudyInfo study, String start) {
    if (!study.studyDate().isEmpty() || start == null || !start.matches("\\d{8}.*")) {
      return study;
    }
    String time = start.length() >= 14 && start.substring(8, 14).matches("\\d{6}") ? start.substring(8, 14) : "";
    return new StudyInfo(study.studyInstanceUid(), study.patientId(), study.issuerOfPatientId(),
        study.accessionNumbers(), start.substring(0, 8), study.studyTime().isEmpty() ? time : study.studyTime(),
        study.studyDescription(), study.studyId(), study.series());
  }

  private static Optional<ServiceEvent> serviceEvent(ReportMessage report, StudyInfo study) {
    List<ServiceEvent> events = report.cda().map(CdaReport::serviceEvents).orElse(List.of());
    return events.stream()
        .filter(e -> e.studyInstanceUid().filter(study.studyInstanceUid()::equals).isPresent())
        .findFirst()
        .or(() -> events.stream().findFirst());
  }

  /** The CCAM act label when there is one, else the procedure's display name. */
  private static String procedureLabel(Optional<ServiceEvent> event) {
    return event.flatMap(e -> e.acts().stream().map(Code::displayName).filter(d -> d != null).findFirst()
        .or(() -> Optional.ofNullable(e.procedure()).map(Code::displayName))).orElse("");
  }

  /** The performing organisation, else the author's, else the custodian. */
  private static Organisation organisation(ReportMessage report, Optional<ServiceEvent> event) {
    Organisation performer = event.map(ServiceEvent::performerOrganisation).orElse(null);
    if (performer != null && performer.name() != null) {
      return performer;
    }
    Optional<CdaReport> cda = report.cda();
    Organisation author = cda.map(CdaReport::author).map(a -> a.organisation()).orElse(null);
    if (author != null && author.name() != null) {
      return author;
    }
    Organisation custodian = cda.map(CdaReport::custodian).orElse(null);
    return custodian != null ? custodian : performer;
  }
}
