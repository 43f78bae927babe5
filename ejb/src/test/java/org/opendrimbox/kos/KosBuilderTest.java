package org.opendrimbox.kos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Sequence;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.io.DicomInputStream;
import org.opendrimbox.intake.ReportMessage;

/** The KOS of the official exam C report against a matching synthetic study: every R10 attribute. */
class KosBuilderTest {

  static final String BASE = "https://db001.example.org/drimbox/dicomweb";
  static final ZonedDateTime CREATED = ZonedDateTime.parse("2026-11-29T05:10:07+01:00");
  static final String SOP_UID = "2.25.1111";
  static final String SERIES_UID = "2.25.2222";

  static ReportMessage report;
  static KosDocument kos;
  static Attributes fmi;
  static Attributes ds;

  @BeforeAll
  static void build() throws IOException {
    report = ExamC.report();
    KosInput in = KosInputs.fromReport(report, ExamC.patient(report), ExamC.study(3, 4), BASE, SOP_UID,
        SERIES_UID, CREATED);
    kos = new KosBuilder().build(in);
    try (DicomInputStream din = new DicomInputStream(new ByteArrayInputStream(kos.bytes()))) {
      fmi = din.readFileMetaInformation();
      ds = din.readDataset();
    }
  }

  @Test
  void documentIdentifiersAndEncoding() {
    assertThat(kos.sopInstanceUid()).isEqualTo(SOP_UID);
    assertThat(kos.seriesInstanceUid()).isEqualTo(SERIES_UID);
    assertThat(kos.studyInstanceUid().value()).isEqualTo(ExamC.STUDY_UID);
    assertThat(kos.referencedInstances()).isEqualTo(12);
    assertThat(fmi.getString(Tag.MediaStorageSOPClassUID)).isEqualTo(UID.KeyObjectSelectionDocumentStorage);
    assertThat(fmi.getString(Tag.MediaStorageSOPInstanceUID)).isEqualTo(SOP_UID);
    assertThat(fmi.getString(Tag.TransferSyntaxUID)).isEqualTo(UID.ExplicitVRLittleEndian);
    assertThat(ds.getString(Tag.SpecificCharacterSet)).isEqualTo("ISO_IR 192");
    assertThat(ds.getString(Tag.SOPClassUID)).isEqualTo("1.2.840.10008.5.1.4.1.1.88.59");
    assertThat(ds.getString(Tag.SOPInstanceUID)).isEqualTo(SOP_UID);
    assertThat(ds.getString(Tag.Modality)).isEqualTo("KO");
    assertThat(ds.getString(Tag.SeriesInstanceUID)).isEqualTo(SERIES_UID);
    assertThat(ds.getString(Tag.SeriesNumber)).isEqualTo("59");
    assertThat(ds.getString(Tag.InstanceNumber)).isEqualTo("1");
    assertThat(ds.getString(Tag.Manufacturer)).isEqualTo("OpenDRIMbox");
    assertThat(ds.getSequence(Tag.ReferencedPerformedProcedureStepSequence)).isEmpty();
  }

  @Test
  void datesAndTimes() {
    for (int tag : new int[] {Tag.InstanceCreationDate, Tag.SeriesDate, Tag.ContentDate}) {
      assertThat(ds.getString(tag)).isEqualTo("20261129");
    }
    for (int tag : new int[] {Tag.InstanceCreationTime, Tag.SeriesTime, Tag.ContentTime}) {
      assertThat(ds.getString(tag)).isEqualTo("051007");
    }
    assertThat(ds.getString(Tag.TimezoneOffsetFromUTC)).isEqualTo("+0100");
    assertThat(ds.getString(Tag.StudyDate)).isEqualTo("20210108");
    assertThat(ds.getString(Tag.StudyTime)).isEqualTo("102500");
    assertThat(ds.getString(Tag.StudyDescription)).isEqualTo("TDM crâne injecté");
    assertThat(ds.getString(Tag.StudyID)).isEqualTo("C103");
    assertThat(ds.getStrings(Tag.ReferringPhysicianName)).isNullOrEmpty();
  }

  @Test
  void documentTitleAndTemplate() {
    assertThat(ds.getString(Tag.ValueType)).isEqualTo("CONTAINER");
    assertCode(ds.getNestedDataset(Tag.ConceptNameCodeSequence), "113030", "DCM", "Manifest");
    assertThat(ds.getString(Tag.ContinuityOfContent)).isEqualTo("SEPARATE");
    Attributes template = ds.getNestedDataset(Tag.ContentTemplateSequence);
    assertThat(template.getString(Tag.MappingResource)).isEqualTo("DCMR");
    assertThat(template.getString(Tag.TemplateIdentifier)).isEqualTo("2010");
  }

  @Test
  void patientIsTheInsWithItsIssuerAndTheIppIsAnOtherPatientId() {
    assertThat(ds.getString(Tag.PatientID)).isEqualTo("279035121518989");
    assertThat(ds.getString(Tag.IssuerOfPatientID)).isEqualTo("ASIP-SANTE-INS-NIR");
    assertQualifier(ds.getNestedDataset(Tag.IssuerOfPatientIDQualifiersSequence), "1.2.250.1.213.1.4.10");
    assertThat(ds.getString(Tag.PatientName)).isEqualTo("PAT-TROIS^DOMINIQUE");
    assertThat(ds.getString(Tag.PatientBirthDate)).isEqualTo("19790328");
    assertThat(ds.getString(Tag.PatientSex)).isEqualTo("F");
    assertThat(ds.getString(Tag.PatientComments)).isEqualTo("51215");
    assertThat(ds.getStrings(Tag.OtherPatientNames)).containsExactly("^DOMINIQUE", "PAT-TROIS^DOMINIQUE");
    Sequence others = ds.getSequence(Tag.OtherPatientIDsSequence);
    assertThat(others).hasSize(2);
    assertThat(others.get(0).getString(Tag.PatientID)).isEqualTo("279035121518989");
    assertThat(others.get(0).getString(Tag.IssuerOfPatientID)).isEqualTo("ASIP-SANTE-INS-NIR");
    assertThat(others.get(0).getString(Tag.TypeOfPatientID)).isEqualTo("TEXT");
    assertQualifier(others.get(0).getNestedDataset(Tag.IssuerOfPatientIDQualifiersSequence),
        "1.2.250.1.213.1.4.10");
    assertThat(others.get(1).getString(Tag.PatientID)).isEqualTo(ExamC.IPP);
    assertThat(others.get(1).getString(Tag.IssuerOfPatientID)).isEqualTo("AUT-AFFECTATION");
    assertThat(others.get(1).getString(Tag.TypeOfPatientID)).isEqualTo("TEXT");
    assertQualifier(others.get(1).getNestedDataset(Tag.IssuerOfPatientIDQualifiersSequence), ExamC.IPP_OID);
  }

  @Test
  void institutionCarriesTheStructureIdentifier() {
    assertThat(ds.getString(Tag.InstitutionName))
        .isEqualTo("Centre de radiologie Ambroise^^^^^^^^^1750803447");
  }

  @Test
  void referencedRequestHasAccessionPlacerOrderAndProcedureWithIssuers() {
    assertThat(ds.getString(Tag.AccessionNumber)).isEqualTo(ExamC.ACCESSION);
    Sequence requests = ds.getSequence(Tag.ReferencedRequestSequence);
    assertThat(requests).hasSize(1);
    Attributes r = requests.get(0);
    assertThat(r.getString(Tag.AccessionNumber)).isEqualTo(ExamC.ACCESSION);
    assertQualifier(r.getNestedDataset(Tag.IssuerOfAccessionNumberSequence), ExamC.ACCESSION_OID);
    assertThat(r.getString(Tag.StudyInstanceUID)).isEqualTo(ExamC.STUDY_UID);
    assertThat(r.getString(Tag.PlacerOrderNumberImagingServiceRequest)).isEqualTo("OPN103");
    assertQualifier(r.getNestedDataset(Tag.OrderPlacerIdentifierSequence), "1.2.250.1.748.12345678.12");
    assertCode(r.getNestedDataset(Tag.RequestedProcedureCodeSequence), "24727-0", "LN", "CT Head W contrast IV");
    assertThat(r.getString(Tag.RequestedProcedureDescription)).isEqualTo("CT Head W contrast IV");
    assertThat(r.getSequence(Tag.ReferencedStudySequence)).isEmpty();
    assertThat(r.contains(Tag.RequestedProcedureID)).isTrue();
    assertThat(r.contains(Tag.FillerOrderNumberImagingServiceRequest)).isTrue();
  }

  @Test
  void evidenceReferencesEveryInstanceWithOneRetrieveUrlPerSeries() {
    Sequence evidence = ds.getSequence(Tag.CurrentRequestedProcedureEvidenceSequence);
    assertThat(evidence).hasSize(1);
    assertThat(evidence.get(0).getString(Tag.StudyInstanceUID)).isEqualTo(ExamC.STUDY_UID);
    Sequence series = evidence.get(0).getSequence(Tag.ReferencedSeriesSequence);
    assertThat(series).hasSize(3);
    String location = KosInput.retrieveLocationUidOf(BASE);
    for (int s = 0; s < 3; s++) {
      Attributes item = series.get(s);
      String seriesUid = "1.2.250.1.213.4.5.2.2.103." + (201 + s);
      assertThat(item.getString(Tag.SeriesInstanceUID)).isEqualTo(seriesUid);
      assertThat(item.getString(Tag.RetrieveURL))
          .isEqualTo(BASE + "/studies/" + ExamC.STUDY_UID + "/series/" + seriesUid);
      assertThat(item.getString(Tag.RetrieveLocationUID)).isEqualTo(location).startsWith("2.25.");
      assertThat(item.contains(Tag.RetrieveAETitle)).isFalse();
      Sequence sops = item.getSequence(Tag.ReferencedSOPSequence);
      assertThat(sops).hasSize(4);
      for (int i = 0; i < 4; i++) {
        assertThat(sops.get(i).getString(Tag.ReferencedSOPClassUID)).isEqualTo(UID.CTImageStorage);
        assertThat(sops.get(i).getString(Tag.ReferencedSOPInstanceUID)).isEqualTo(seriesUid + "." + (i + 1));
        assertThat(sops.get(i).getString(Tag.InstanceNumber)).isEqualTo(Integer.toString(i + 1));
      }
    }
  }

  @Test
  void contentHasTheKeyObjectDescriptionThenOneImageItemPerInstance() {
    Sequence content = ds.getSequence(Tag.ContentSequence);
    assertThat(content).hasSize(13);
    Attributes text = content.get(0);
    assertThat(text.getString(Tag.RelationshipType)).isEqualTo("CONTAINS");
    assertThat(text.getString(Tag.ValueType)).isEqualTo("TEXT");
    assertCode(text.getNestedDataset(Tag.ConceptNameCodeSequence), "113012", "DCM", "Key Object Description");
    assertThat(text.getString(Tag.TextValue).split("\n")).containsExactly(
        "Examen : TDM crâne injecté",
        "Acte = Scanographie du crâne, de son contenu et du tronc, avec injection intraveineuse de produit "
            + "de contraste",
        "Série-1.2.250.1.213.4.5.2.2.103.201 : CT @ : Crâne série 1",
        "Série-1.2.250.1.213.4.5.2.2.103.202 : CT @ : Crâne série 2",
        "Série-1.2.250.1.213.4.5.2.2.103.203 : CT @ : Crâne série 3");
    for (int i = 1; i < 13; i++) {
      Attributes item = content.get(i);
      assertThat(item.getString(Tag.RelationshipType)).isEqualTo("CONTAINS");
      assertThat(item.getString(Tag.ValueType)).isEqualTo("IMAGE");
      assertThat(item.getNestedDataset(Tag.ReferencedSOPSequence).getString(Tag.ReferencedSOPClassUID))
          .isEqualTo(UID.CTImageStorage);
    }
  }

  @Test
  void frenchTextIsUtf8() {
    String raw = new String(kos.bytes(), StandardCharsets.UTF_8);
    assertThat(raw).contains("TDM crâne injecté").contains("Série-");
  }

  @Test
  void passesDciodvfyDcmdumpAndDsrdump(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("kos.dcm");
    Files.write(file, kos.bytes());
    Files.write(Path.of(System.getProperty("java.io.tmpdir"), "kos-examc-last.dcm"), kos.bytes());
    KosValidation.assertValid(file, dir);
  }

  @Test
  void nonImageInstancesAreCompositeItems() {
    assertThat(KosSequences.isImage(UID.CTImageStorage)).isTrue();
    assertThat(KosSequences.isImage("1.2.840.10008.5.1.4.1.1.481.1")).isTrue();
    assertThat(KosSequences.isImage(UID.KeyObjectSelectionDocumentStorage)).isFalse();
    assertThat(KosSequences.isImage("1.2.840.10008.5.1.4.1.1.104.1")).isFalse();
    assertThat(KosSequences.isImage("1.2.840.10008.5.1.4.1.1.11.1")).isFalse();
  }

  static void assertCode(Attributes code, String value, String scheme, String meaning) {
    assertThat(code).isNotNull();
    assertThat(List.of(code.getString(Tag.CodeValue), code.getString(Tag.CodingSchemeDesignator),
        code.getString(Tag.CodeMeaning))).containsExactly(value, scheme, meaning);
  }

  static void assertQualifier(Attributes q, String oid) {
    assertThat(q).isNotNull();
    assertThat(q.getString(Tag.UniversalEntityID)).isEqualTo(oid);
    assertThat(q.getString(Tag.UniversalEntityIDType)).isEqualTo("ISO");
  }
}
