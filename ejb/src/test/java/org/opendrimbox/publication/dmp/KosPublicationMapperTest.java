package org.opendrimbox.publication.dmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendrimbox.dmp.CodedValue;
import org.opendrimbox.dmp.Confidentiality;
import org.opendrimbox.dmp.KosPublication;
import org.opendrimbox.dmp.PatientIdentity;
import org.opendrimbox.dmp.Professional;
import org.opendrimbox.dmp.ReferenceId;
import org.opendrimbox.intake.Hl7IntakeParser;
import org.opendrimbox.intake.IntakeResult;
import org.opendrimbox.intake.ReportMessage;

/** Maps the official exam C messages (and variants derived at run time) to a KOS publication. */
class KosPublicationMapperTest {
  static final String KOS_UID = "1.2.250.1.213.4.5.2.3.103.999.1";
  static final Instant NOW = Instant.parse("2026-11-29T04:00:00Z");
  private final KosPublicationMapper mapper = new KosPublicationMapper();

  static String fixture(String name) {
    try (InputStream in = KosPublicationMapperTest.class.getResourceAsStream("/hl7/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ReportMessage report(String text) {
    IntakeResult r = new Hl7IntakeParser().parse(text.getBytes(StandardCharsets.UTF_8));
    assertThat(r).isInstanceOf(IntakeResult.Accepted.class);
    return ((IntakeResult.Accepted) r).report();
  }

  static ReportMessage examC() {
    return report(fixture("CR_C-ORU.hl7"));
  }

  private KosPublication map(ReportMessage report, byte[] kos, List<String> modalities)
      throws UnpublishableReportException {
    return mapper.map(report, kos, KOS_UID, TestKos.STUDY_UID, modalities, NOW);
  }

  @Test
  void examCMapsEveryR12Value() throws Exception {
    byte[] kos = TestKos.examC(KOS_UID, "ACN103", "OPN103");
    KosPublication p = map(examC(), kos, List.of("CT", "KO", "SR"));

    assertThat(p.kos()).isSameAs(kos);
    assertThat(p.kosSopInstanceUid()).isEqualTo(KOS_UID);
    assertThat(p.studyInstanceUid()).isEqualTo("1.2.250.1.213.4.5.2.1.103");
    assertThat(p.patient()).isEqualTo(new PatientIdentity("279035121518989",
        "1.2.250.1.213.1.4.10", "IPP101", "1.2.250.1.213.4.5.2.4", "PAT-TROIS", "DOMINIQUE",
        LocalDate.of(1979, 3, 28), "F", "51215"));
    assertThat(p.patient().xdsPatientId())
        .isEqualTo("279035121518989^^^&1.2.250.1.213.1.4.10&ISO^NH");
    assertThat(p.accessionNumbers())
        .containsExactly(new ReferenceId("ACN103", "1.2.250.1.925.994044.27"));
    assertThat(p.orderNumbers())
        .containsExactly(new ReferenceId("OPN103", "1.2.250.1.748.12345678.12"));
    assertThat(p.modalities()).containsExactly(
        new CodedValue("CT", "1.2.250.1.213.1.1.5.618", "Tomodensitométrie"));
    assertThat(p.regions()).containsExactly(new CodedValue("774007", "1.2.250.1.213.1.1.5.695",
        "structure de la tête et/ou du cou"));
    assertThat(p.author()).isEqualTo(new Professional("801234560801", null, null,
        new CodedValue("10", "1.2.250.1.71.1.2.7", "Médecin"),
        new CodedValue("SM44", "1.2.250.1.71.4.2.5", "Radio-diagnostic (SM)")));
    assertThat(p.organisation().identifier()).isEqualTo("1750803447");
    assertThat(p.organisation().name()).isEqualTo("Centre de radiologie Ambroise");
    assertThat(p.organisation().facilityType())
        .isEqualTo(new CodedValue("SA08", "1.2.250.1.71.4.2.4", "Cabinet de groupe"));
    assertThat(p.organisation().practiceSetting())
        .isEqualTo(new CodedValue("AMBULATOIRE", "1.2.250.1.213.1.1.4.9", "Ambulatoire"));
    assertThat(p.confidentiality()).containsExactly(Confidentiality.INVISIBLE_PATIENT);
    assertThat(p.creationTime()).isEqualTo(NOW);
    assertThat(p.serviceStart()).isEqualTo(Instant.parse("2021-01-08T09:25:00Z"));
    assertThat(p.serviceStop()).isEqualTo(Instant.parse("2021-01-08T10:17:00Z"));
    assertThat(p.title()).isEqualTo(KosPublication.DEFAULT_TITLE);
    assertThat(p.comments()).isEqualTo("CT Head W contrast IV");
    assertThat(p.languageCode()).isEqualTo("fr-FR");
    assertThat(p.contentType())
        .isEqualTo(new CodedValue("04", "1.2.250.1.213.2.2", "Hospitalisation de jour"));
    assertThat(p.actor().mode()).isEqualTo(org.opendrimbox.dmp.AuthenticationMode.INDIRECTE);
  }

  @Test
  void theKosOfTheKosBuilderGivesTraitsAndReferences() throws Exception {
    ReportMessage report = examC();
    byte[] kos = ExamCKos.build(report, KOS_UID).bytes();
    KosPublication p = map(report, kos, List.of("CT", "SR"));
    assertThat(p.patient()).isEqualTo(new PatientIdentity("279035121518989",
        "1.2.250.1.213.1.4.10", "IPP101", "1.2.250.1.213.4.5.2.4", "PAT-TROIS", "DOMINIQUE",
        LocalDate.of(1979, 3, 28), "F", "51215"));
    assertThat(p.accessionNumbers())
        .containsExactly(new ReferenceId("ACN103", "1.2.250.1.925.994044.27"));
    assertThat(p.orderNumbers())
        .containsExactly(new ReferenceId("OPN103", "1.2.250.1.748.12345678.12"));
    assertThat(p.modalities()).containsExactly(CodedValue.modality("CT", "Tomodensitométrie"));
  }

  @Test
  void mdmVersionOfExamCMapsToTheSamePublication() throws Exception {
    byte[] kos = TestKos.examC(KOS_UID, "ACN103", "OPN103");
    KosPublication oru = map(examC(), kos, List.of("CT"));
    KosPublication mdm = map(report(fixture("CR_C-MDM.hl7")), kos, List.of("CT"));
    assertThat(mdm.patient()).isEqualTo(oru.patient());
    assertThat(mdm.accessionNumbers()).isEqualTo(oru.accessionNumbers());
    assertThat(mdm.orderNumbers()).isEqualTo(oru.orderNumbers());
    assertThat(mdm.author()).isEqualTo(oru.author());
    assertThat(mdm.organisation()).isEqualTo(oru.organisation());
    assertThat(mdm.modalities()).isEqualTo(oru.modalities());
    assertThat(mdm.regions()).isEqualTo(oru.regions());
    assertThat(mdm.confidentiality()).isEqualTo(oru.confidentiality());
  }

  @Test
  void studyModalitiesMissingFromTheCdaAreAddedWithTheirDisplayName() throws Exception {
    KosPublication p = map(examC(), TestKos.examC(KOS_UID, "ACN103", "OPN103"),
        List.of("PR", "MR", "CT"));
    assertThat(p.modalities()).containsExactly(
        CodedValue.modality("CT", "Tomodensitométrie"),
        CodedValue.modality("MR", "Imagerie par résonance magnétique"));
  }

  @Test
  void everyVisibilityFlagMapsToItsDmpConfidentialityCode() throws Exception {
    String text = fixture("CR_C-ORU.hl7")
        .replace("|MASQUE_PS^Masqué aux professionnels de Santé^MetaDMPMSS||N^",
            "|MASQUE_PS^Masqué aux professionnels de Santé^MetaDMPMSS||Y^")
        .replace("|INVISIBLE_PATIENT^Document Non Visible par le patient^MetaDMPMSS||Y^",
            "|INVISIBLE_PATIENT^Document Non Visible par le patient^MetaDMPMSS||N^")
        .replace("du patient^MetaDMPMSS||N^", "du patient^MetaDMPMSS||Y^");
    KosPublication p = map(report(text), TestKos.examC(KOS_UID, "ACN103", "OPN103"), List.of());
    assertThat(p.confidentiality()).containsExactlyInAnyOrder(Confidentiality.MASQUE_PS,
        Confidentiality.INVISIBLE_REPRESENTANTS_LEGAUX);
  }

  @Test
  void referencesNotNamedByTheKosAreKeptWhenTheKosNamesNone() throws Exception {
    KosPublication p = map(examC(), TestKos.examC(KOS_UID, "OTHER1", "OTHER2"), List.of());
    assertThat(p.accessionNumbers()).extracting(ReferenceId::value).containsExactly("ACN103");
    assertThat(p.orderNumbers()).extracting(ReferenceId::value).containsExactly("OPN103");
  }

  @Test
  void aKosOfAnotherPatientIsRefused() {
    byte[] kos = TestKos.examC(KOS_UID, "180017512345660", "ACN103", "OPN103");
    assertThatThrownBy(() -> map(examC(), kos, List.of()))
        .isInstanceOf(UnpublishableReportException.class)
        .hasMessage("the KOS PatientID is not the report's INS");
  }

  @Test
  void kosBytesMustMatchTheGivenUids() {
    byte[] kos = TestKos.examC(KOS_UID + ".7", "ACN103", "OPN103");
    assertThatThrownBy(() -> map(examC(), kos, List.of()))
        .isInstanceOf(UnpublishableReportException.class)
        .hasMessageContaining("do not match");
    assertThatThrownBy(() -> map(examC(), new byte[] {1, 2, 3}, List.of()))
        .isInstanceOf(UnpublishableReportException.class)
        .hasMessageStartingWith("the KOS is not readable DICOM");
  }

  @Test
  void anOmiDeletionHasNoCdaToPublish() {
    ReportMessage omi = report(fixture("CR_W_Suppression-OMI.hl7"));
    assertThatThrownBy(() -> map(omi, TestKos.examC(KOS_UID, "ACN124", "X"), List.of()))
        .isInstanceOf(UnpublishableReportException.class)
        .hasMessage("the message carries no CDA report");
  }

  @Test
  void hl7TimesWithAndWithoutOffset() {
    assertThat(Hl7Times.parse("20210108102500+0100")).isEqualTo("2021-01-08T09:25:00Z");
    assertThat(Hl7Times.parse("20210708102500")).isEqualTo("2021-07-08T08:25:00Z");
    assertThat(Hl7Times.parse("20210108")).isEqualTo("2021-01-07T23:00:00Z");
    assertThat(Hl7Times.parse("2021-01-08")).isNull();
    assertThat(Hl7Times.parse(null)).isNull();
  }

  @Test
  void prtOrganisationIdentifiersBecomeIdnst() {
    assertThat(OrganisationMapper.idnst("FINEG", "750803447")).isEqualTo("1750803447");
    assertThat(OrganisationMapper.idnst("FINEJ", "750803447")).isEqualTo("1750803447");
    assertThat(OrganisationMapper.idnst("SIRET", "12345678901234")).isEqualTo("312345678901234");
    assertThat(OrganisationMapper.idnst("IDNST", "1750803447")).isEqualTo("1750803447");
  }

  @Test
  void professionWithoutSpecialty() throws Exception {
    Professional p = ProfessionalMapper.roles("899700367909",
        new org.opendrimbox.intake.Code("G15_60", "1.2.250.1.213.1.1.4.5", "Infirmier"));
    assertThat(p.profession()).isEqualTo(new CodedValue("60", "1.2.250.1.71.1.2.7", "Infirmier"));
    assertThat(p.specialty()).isNull();
  }
}
