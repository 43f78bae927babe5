package org.opendrimbox.pacs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.config.AeAddress;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.net.ConnectionSettings;
import org.opendrimbox.dicom.net.Device;
import org.opendrimbox.ids.AccessionNumber;
import org.opendrimbox.ids.Issuer;
import org.opendrimbox.ids.PatientId;
import org.opendrimbox.ids.StudyInstanceUid;
import org.opendrimbox.intake.Hl7IntakeParser;
import org.opendrimbox.intake.IntakeResult;
import org.opendrimbox.intake.ReportMessage;
import org.opendrimbox.kos.KosBuilder;
import org.opendrimbox.kos.KosDocument;
import org.opendrimbox.kos.KosInputs;
import org.opendrimbox.kos.KosValidation;

/**
 * {@link PacsQueryService} against a real Orthanc holding a 20-instance study whose identifiers match the
 * official exam C report, plus studies that contradict it: found, not found, IPP / issuer / accession
 * mismatch, accession-only lookup, two studies in one report (R7), PACS unreachable; and the KOS built from the answer passes dciodvfy.
 */
class PacsQueryServiceTest {

  static final String CALLING_AET = "DRIMBOX";
  static final String EXAM_C_UID = "1.2.250.1.213.4.5.2.1.103";
  static final String IPP_NS = "AUT-AFFECTATION";
  static final String IPP_OID = "1.2.250.1.213.4.5.2.4";
  static final String ACN_OID = "1.2.250.1.925.994044.27";

  static final SyntheticStudy EXAM_C =
      new SyntheticStudy(EXAM_C_UID, "IPP101", IPP_NS, IPP_OID, "ACN103", ACN_OID, 2, 6, 12);
  static final SyntheticStudy OTHER_PATIENT =
      new SyntheticStudy("2.25.9001", "IPP999", IPP_NS, IPP_OID, "ACN901", ACN_OID, 1);
  static final SyntheticStudy OTHER_ISSUER =
      new SyntheticStudy("2.25.9002", "IPP101", "OTHER-HOSPITAL", "1.2.250.1.999.9", "ACN902", null, 1);
  static final SyntheticStudy OTHER_ACCESSION =
      new SyntheticStudy("2.25.9003", "IPP101", IPP_NS, IPP_OID, "ACN903", ACN_OID, 1);
  static final SyntheticStudy NO_ISSUER =
      new SyntheticStudy("2.25.9004", "IPP101", null, null, "ACN904", null, 2);
  static final SyntheticStudy SECOND_EXAM =
      new SyntheticStudy("1.2.250.1.213.4.5.2.1.1039", "IPP101", IPP_NS, IPP_OID, "ACN103", ACN_OID, 3);

  @TempDir static Path dir;
  static OrthancPacs pacs;
  static Device device;
  static PacsQueryService service;
  static ReportMessage report;
  static PatientId ipp;
  static byte[] hl7;

  @BeforeAll
  static void startPacs() throws Exception {
    pacs = OrthancPacs.start(dir.resolve("orthanc"), CALLING_AET);
    for (SyntheticStudy s : List.of(EXAM_C, OTHER_PATIENT, OTHER_ISSUER, OTHER_ACCESSION, NO_ISSUER, SECOND_EXAM)) {
      s.storeIn(pacs);
    }
    device = Device.withOwnExecutor("pacs-test", ConnectionSettings.defaults());
    service = new PacsQueryService(device, CALLING_AET, pacs.address());
    try (var in = PacsQueryServiceTest.class.getResourceAsStream("/hl7/CR_C-ORU.hl7")) {
      hl7 = in.readAllBytes();
    }
    report = ((IntakeResult.Accepted) new Hl7IntakeParser().parse(hl7)).report();
    ipp = report.patient().ipp().orElseThrow();
  }

  @AfterAll
  static void stopPacs() {
    if (device != null) {
      device.close();
    }
    if (pacs != null) {
      pacs.close();
    }
  }

  @Test
  void examCIsFoundWithItsSeriesAndInstances() throws Exception {
    List<StudyInfo> studies = service.findStudies(report);
    assertThat(studies).hasSize(1);
    StudyInfo s = studies.get(0);
    assertThat(s.studyInstanceUid().value()).isEqualTo(EXAM_C_UID);
    assertThat(s.patientId()).isEqualTo("IPP101");
    assertThat(s.issuerOfPatientId()).map(Issuer::namespace).contains(IPP_NS);
    assertThat(s.accessionNumbers()).extracting(AccessionNumber::value).containsExactly("ACN103");
    assertThat(s.studyDate()).isEqualTo("20210108");
    assertThat(s.studyTime()).startsWith("102500");
    assertThat(s.studyDescription()).isEqualTo("TDM crâne injecté");
    assertThat(s.instanceCount()).isEqualTo(20);
    assertThat(s.series()).extracting(SeriesInfo::seriesInstanceUid)
        .containsExactly(EXAM_C.seriesUid(1), EXAM_C.seriesUid(2), EXAM_C.seriesUid(3));
    assertThat(s.series()).extracting(SeriesInfo::seriesNumber).containsExactly(1, 2, 3);
    assertThat(s.series()).extracting(SeriesInfo::modality).containsOnly("CT");
    assertThat(s.series().get(1).description()).isEqualTo("Série 2");
    SeriesInfo third = s.series().get(2);
    assertThat(third.instances()).hasSize(12);
    for (int i = 0; i < 12; i++) {
      InstanceRef ref = third.instances().get(i);
      assertThat(ref.sopClassUid()).isEqualTo(UID.CTImageStorage);
      assertThat(ref.sopInstanceUid()).isEqualTo(EXAM_C.instanceUid(3, i + 1));
      assertThat(ref.instanceNumber()).isEqualTo(i + 1);
    }
  }

  @Test
  void aReportNamingTwoStudiesGivesTwoStudyInfos() throws Exception {
    String text = new String(hl7, StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("Base64\\^([A-Za-z0-9+/=]+)").matcher(text);
    assertThat(m.find()).isTrue();
    String cda = new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8);
    int start = cda.indexOf("<documentationOf>");
    int end = cda.indexOf("</documentationOf>") + "</documentationOf>".length();
    String second = cda.substring(start, end).replace(EXAM_C_UID, SECOND_EXAM.studyUid());
    String edited = cda.substring(0, end) + second + cda.substring(end);
    String message = text.substring(0, m.start(1))
        + Base64.getEncoder().encodeToString(edited.getBytes(StandardCharsets.UTF_8)) + text.substring(m.end(1));
    ReportMessage two = ((IntakeResult.Accepted) new Hl7IntakeParser().parse(
        message.getBytes(StandardCharsets.UTF_8))).report();
    assertThat(two.exam().studyInstanceUids()).hasSize(2);
    List<StudyInfo> studies = service.findStudies(two);
    assertThat(studies).extracting(s -> s.studyInstanceUid().value())
        .containsExactly(EXAM_C_UID, SECOND_EXAM.studyUid());
    assertThat(studies).extracting(StudyInfo::instanceCount).containsExactly(20, 3);
  }

  @Test
  void kosBuiltFromTheAnswerIsValid() throws Exception {
    StudyInfo study = service.findStudies(report).get(0);
    var patient = KosInputs.patient(report, "PAT-TROIS^DOMINIQUE", "19790328", "F", "51215", List.of());
    KosDocument kos = new KosBuilder().build(KosInputs.fromReport(report, patient, study,
        "http://127.0.0.1:8080/drimbox/dicomweb", "2.25.77", "2.25.78", ZonedDateTime.now()));
    assertThat(kos.referencedInstances()).isEqualTo(20);
    Path file = dir.resolve("examc-kos.dcm");
    Files.write(file, kos.bytes());
    KosValidation.assertValid(file, dir);
  }

  @Test
  void unknownStudyIsNotFoundAndRetryable() {
    StudyQuery q = StudyQuery.of(new StudyInstanceUid("2.25.404"), report.exam().accessionNumbers(), ipp);
    assertThatThrownBy(() -> service.findStudy(q)).isInstanceOfSatisfying(StudyNotFoundException.class, e -> {
      assertThat(e.retryable()).isTrue();
      assertThat(e.errorCode()).isEqualTo("ERR04");
    });
  }

  @Test
  void otherPatientIsAFinalMismatchWithoutPhi() {
    StudyQuery q = StudyQuery.of(new StudyInstanceUid(OTHER_PATIENT.studyUid()),
        List.of(new AccessionNumber("ACN901", Issuer.ofOid(ACN_OID))), ipp);
    assertThatThrownBy(() -> service.findStudy(q)).isInstanceOfSatisfying(PacsMismatchException.class, e -> {
      assertThat(e.reason()).isEqualTo(PacsMismatchException.Reason.PATIENT_MISMATCH);
      assertThat(e.retryable()).isFalse();
      assertThat(e.errorCode()).isEqualTo("ERR01");
      assertThat(e.getMessage()).doesNotContain("IPP999").doesNotContain("IPP101");
    });
  }

  @Test
  void sameIdFromAnotherIssuerIsAMismatch() {
    StudyQuery q = StudyQuery.of(new StudyInstanceUid(OTHER_ISSUER.studyUid()), List.of(), ipp);
    assertThatThrownBy(() -> service.findStudy(q)).isInstanceOfSatisfying(PacsMismatchException.class, e -> {
      assertThat(e.reason()).isEqualTo(PacsMismatchException.Reason.PATIENT_MISMATCH);
      assertThat(e.getMessage()).contains("OTHER-HOSPITAL").doesNotContain("IPP101");
    });
  }

  @Test
  void accessionNotInTheReportIsAMismatch() {
    StudyQuery q = StudyQuery.of(new StudyInstanceUid(OTHER_ACCESSION.studyUid()),
        report.exam().accessionNumbers(), ipp);
    assertThatThrownBy(() -> service.findStudy(q)).isInstanceOfSatisfying(PacsMismatchException.class, e -> {
      assertThat(e.reason()).isEqualTo(PacsMismatchException.Reason.ACCESSION_MISMATCH);
      assertThat(e.errorCode()).isEqualTo("ERR02");
      assertThat(e.getMessage()).doesNotContain("ACN903").doesNotContain("ACN103");
    });
  }

  @Test
  void pacsWithoutIssuerIsComparedOnTheValue() throws Exception {
    StudyQuery q = StudyQuery.of(new StudyInstanceUid(NO_ISSUER.studyUid()),
        List.of(new AccessionNumber("ACN904", Issuer.ofOid(ACN_OID))), ipp);
    StudyInfo s = service.findStudy(q);
    assertThat(s.issuerOfPatientId()).isEmpty();
    assertThat(s.instanceCount()).isEqualTo(2);
  }

  @Test
  void accessionOnlyQueryFindsTheStudy() throws Exception {
    StudyQuery q = new StudyQuery(Optional.empty(), List.of(new AccessionNumber("ACN904", null)), ipp);
    StudyInfo s = service.findStudy(q);
    assertThat(s.studyInstanceUid().value()).isEqualTo(NO_ISSUER.studyUid());
    assertThat(s.instanceCount()).isEqualTo(2);
  }

  @Test
  void accessionSharedByTwoStudiesGivesBothOrIsAmbiguous() throws Exception {
    StudyQuery q = new StudyQuery(Optional.empty(), report.exam().accessionNumbers(), ipp);
    assertThat(service.findStudies(q)).extracting(s -> s.studyInstanceUid().value())
        .containsExactlyInAnyOrder(EXAM_C_UID, SECOND_EXAM.studyUid());
    assertThatThrownBy(() -> service.findStudy(q)).isInstanceOfSatisfying(PacsMismatchException.class,
        e -> assertThat(e.reason()).isEqualTo(PacsMismatchException.Reason.AMBIGUOUS_STUDY));
  }

  @Test
  void unreachablePacsIsRetryable() throws Exception {
    AeAddress closed = new AeAddress("PACS", "127.0.0.1", OrthancPacs.freePort());
    PacsQueryService down = new PacsQueryService(device, CALLING_AET, closed);
    assertThatThrownBy(() -> down.findStudies(report))
        .isInstanceOfSatisfying(PacsUnavailableException.class, e -> {
          assertThat(e.retryable()).isTrue();
          assertThat(e.errorCode()).isEqualTo("ERR03");
        });
  }

  @Test
  void rejectedCallingAeIsUnavailable() {
    PacsQueryService stranger = new PacsQueryService(device, "STRANGER", pacs.address());
    assertThatThrownBy(() -> stranger.findStudies(report)).isInstanceOf(PacsUnavailableException.class);
  }
}
