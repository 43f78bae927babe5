package org.opendrimbox.kos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendrimbox.ids.AccessionNumber;
import org.opendrimbox.ids.Issuer;
import org.opendrimbox.ids.PlacerOrderNumber;
import org.opendrimbox.ids.StudyInstanceUid;
import org.opendrimbox.intake.ExamIdentifiers;
import org.opendrimbox.intake.ReportMessage;
import org.opendrimbox.pacs.StudyInfo;

/** Orders, institution and text helpers of the KOS input. */
class KosInputsTest {

  static final Issuer ACN = Issuer.ofOid("1.2.250.1.1");
  static final Issuer OPN = Issuer.ofOid("1.2.250.1.2");

  @Test
  void requestsPairAccessionsWithPlacerOrdersAndKeepThePacsOne() {
    ReportMessage exam = ExamC.report();
    ReportMessage two = withExam(exam, new ExamIdentifiers(exam.exam().studyInstanceUids(),
        List.of(new AccessionNumber("A1", ACN), new AccessionNumber("A2", ACN)),
        List.of(new PlacerOrderNumber("P1", OPN), new PlacerOrderNumber("P2", OPN))));
    StudyInfo pacsA2 = withAccession(ExamC.study(1, 1), "A2");
    List<KosRequest> requests = KosInputs.requests(two, pacsA2, null);
    assertThat(requests).singleElement().satisfies(r -> {
      assertThat(r.accession().value()).isEqualTo("A2");
      assertThat(r.placerOrder().value()).isEqualTo("P2");
    });
    assertThat(KosInputs.requests(two, withAccession(ExamC.study(1, 1), "ZZ"), null)).hasSize(2);
    ReportMessage placerOnly = withExam(exam, new ExamIdentifiers(exam.exam().studyInstanceUids(), List.of(),
        List.of(new PlacerOrderNumber("P1", OPN))));
    assertThat(KosInputs.requests(placerOnly, pacsA2, null)).singleElement()
        .satisfies(r -> assertThat(r.accession()).isNull());
  }

  @Test
  void institutionNameKeepsTheIdentifierWithin64Characters() {
    assertThat(Texts.institutionName("Centre", "101235555")).isEqualTo("Centre^^^^^^^^^101235555");
    String longName = "Centre hospitalier universitaire de très longue dénomination officielle";
    String v = Texts.institutionName(longName, "101235555");
    assertThat(v).hasSizeLessThanOrEqualTo(64).endsWith("^^^^^^^^^101235555").startsWith("Centre hospitalier");
    assertThat(Texts.institutionName("A\\B", null)).isEqualTo("A/B");
  }

  @Test
  void studyDateFallsBackOnTheCdaExamStart() {
    StudyInfo pacs = ExamC.study(1, 1);
    StudyInfo noDate = new StudyInfo(pacs.studyInstanceUid(), pacs.patientId(), pacs.issuerOfPatientId(),
        pacs.accessionNumbers(), "", "", "", "", pacs.series());
    StudyInfo dated = KosInputs.withCdaDate(noDate, "20210108102500+0100");
    assertThat(dated.studyDate()).isEqualTo("20210108");
    assertThat(dated.studyTime()).isEqualTo("102500");
    assertThat(KosInputs.withCdaDate(pacs, "20000101").studyDate()).isEqualTo("20210108");
    assertThat(KosInputs.withCdaDate(noDate, null)).isSameAs(noDate);
    ReportMessage report = ExamC.report();
    KosInput in = KosInputs.fromReport(report, ExamC.patient(report), noDate, "http://b", "2.25.1", "2.25.2",
        ZonedDateTime.now());
    assertThat(in.study().studyDate()).isEqualTo("20210108");
  }

  @Test
  void retrieveLocationUidIsStablePerBox() {
    String a = KosInput.retrieveLocationUidOf("https://db1.example/drimbox/dicomweb");
    assertThat(a).startsWith("2.25.").isEqualTo(KosInput.retrieveLocationUidOf("https://db1.example/drimbox/dicomweb"))
        .isNotEqualTo(KosInput.retrieveLocationUidOf("https://db2.example/drimbox/dicomweb"));
  }

  @Test
  void largeStudyReferencesEveryInstance() {
    ReportMessage report = ExamC.report();
    KosInput in = KosInputs.fromReport(report, ExamC.patient(report), ExamC.study(3, 434),
        "http://box/drimbox/dicomweb/", "2.25.1", "2.25.2", ZonedDateTime.parse("2026-01-15T10:00:00Z"));
    KosDocument kos = new KosBuilder().build(in);
    assertThat(kos.referencedInstances()).isEqualTo(1302);
    var ds = new KosBuilder().dataset(in);
    assertThat(ds.getSequence(org.opendrimbox.dicom.data.Tag.ContentSequence)).hasSize(1303);
    assertThat(ds.getString(org.opendrimbox.dicom.data.Tag.TimezoneOffsetFromUTC)).isEqualTo("+0000");
    assertThat(in.retrieveUrl("1.2.3")).isEqualTo("http://box/drimbox/dicomweb/studies/"
        + ExamC.STUDY_UID + "/series/1.2.3");
    assertThat(kos.size()).isBetween(100_000, 1_000_000);
  }

  @Test
  void patientDemographicsComeFromTheCdaRecordTarget() throws Exception {
    ReportMessage report;
    try (var in = KosInputsTest.class.getResourceAsStream("/hl7/CR_G1_MAJ-ORU.hl7")) {
      report = ((org.opendrimbox.intake.IntakeResult.Accepted) new org.opendrimbox.intake.Hl7IntakeParser()
          .parse(in.readAllBytes())).report();
    }
    KosPatient p = KosInputs.patient(report, "PID^NAME", "20000101", "M", "C", List.of("PID^OTHER"));
    assertThat(p.name()).isEqualTo("PAT-TROIS^DOMINIQUE");
    assertThat(p.otherNames()).containsExactly("^DOMINIQUE", "PAT-TROIS^DOMINIQUE");
    assertThat(p.birthDate()).isEqualTo("19790328");
    assertThat(p.sex()).isEqualTo("F");
    assertThat(p.birthPlaceCode()).isEqualTo("63220");
  }

  @Test
  void patientDemographicsFallBackOnPidWithoutCda() {
    ReportMessage m = ExamC.report();
    ReportMessage noCda = new ReportMessage(m.header(), m.eventKind(), m.orderControl(), m.resultStatus(),
        m.patient(), m.flags(), m.sender(), m.documentId(), m.replacedDocumentId(), Optional.empty(), m.exam(),
        m.warnings());
    KosPatient p = KosInputs.patient(noCda, "PID^NAME", "20000101", "M", "51215", List.of("PID^OTHER"));
    assertThat(p.name()).isEqualTo("PID^NAME");
    assertThat(p.otherNames()).containsExactly("PID^OTHER");
    assertThat(p.birthDate()).isEqualTo("20000101");
    assertThat(p.sex()).isEqualTo("M");
    assertThat(p.birthPlaceCode()).isEqualTo("51215");
  }

  private static ReportMessage withExam(ReportMessage m, ExamIdentifiers exam) {
    return new ReportMessage(m.header(), m.eventKind(), m.orderControl(), m.resultStatus(), m.patient(), m.flags(),
        m.sender(), m.documentId(), m.replacedDocumentId(), m.cda(), exam, m.warnings());
  }

  private static StudyInfo withAccession(StudyInfo s, String accession) {
    return new StudyInfo(new StudyInstanceUid(s.studyInstanceUid().value()), s.patientId(), s.issuerOfPatientId(),
        List.of(new AccessionNumber(accession, null)), s.studyDate(), s.studyTime(), s.studyDescription(),
        s.studyId(), s.series());
  }
}
