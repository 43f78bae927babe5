package org.opendrimbox.it.publication;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Sequence;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.io.DicomInputStream;
import org.opendrimbox.it.support.Exec;
import org.opendrimbox.it.support.MllpClient;
import org.opendrimbox.it.support.ReportVariants;
import org.opendrimbox.it.support.SharedBox;

/**
 * The heart of the product: the official exam C report sent over MLLP to the deployed box ends, through the
 * PACS lookup (Orthanc holds a matching study) and the publication queue, as a KOS accepted by the DMP
 * simulator, valid under dciodvfy and carrying every attribute of R10; the admin API shows the task done and
 * K/T counts it.
 */
@ExtendWith(SharedBox.class)
class ExamCPublicationIT {

  @Test
  void examCReportEndsAsAValidKosInTheDmp() throws Exception {
    String controlId = "IT-C-" + UUID.randomUUID();
    JsonObject ktBefore = kt();
    try (var ris = new MllpClient(SharedBox.HL7_PORT)) {
      assertThat(MllpClient.ackCode(ris.send(ReportVariants.fixture("CR_C-ORU.hl7", controlId)))).isEqualTo("AA");
    }
    List<JsonObject> found = Dmp.awaitKos(ReportVariants.EXAM_C_STUDY, l -> !l.isEmpty(), Duration.ofSeconds(90));
    assertThat(found).as("KOS of exam C in the DMP; tasks: " + tasks()).hasSize(1);
    JsonObject submission = found.get(0);
    assertThat(submission.getString("status")).contains("Approved");

    byte[] kos = Dmp.document(submission.getString("uniqueId"));
    Path file = Files.createTempFile("kos-exam-c", ".dcm");
    Files.write(file, kos);
    var dciodvfy = Exec.run(List.of("dciodvfy", file.toString()), Map.of(), Duration.ofMinutes(1));
    assertThat(dciodvfy.output()).as("dciodvfy").doesNotContain("Error");

    Attributes a;
    try (var in = new DicomInputStream(new ByteArrayInputStream(kos))) {
      in.readFileMetaInformation();
      a = in.readDataset();
    }
    assertThat(a.getString(Tag.SOPClassUID)).isEqualTo("1.2.840.10008.5.1.4.1.1.88.59");
    assertThat(a.getString(Tag.SOPInstanceUID)).isEqualTo(submission.getString("uniqueId"));
    assertThat(a.getString(Tag.PatientID)).isEqualTo(ReportVariants.EXAM_C_INS);
    assertThat(a.getNestedDataset(Tag.IssuerOfPatientIDQualifiersSequence).getString(Tag.UniversalEntityID))
        .isEqualTo("1.2.250.1.213.1.4.10");
    assertThat(a.getSequence(Tag.OtherPatientIDsSequence)).anySatisfy(other -> {
      assertThat(other.getString(Tag.PatientID)).isEqualTo(ReportVariants.EXAM_C_IPP);
      assertThat(other.getString(Tag.IssuerOfPatientID)).isEqualTo(ReportVariants.EXAM_C_IPP_ISSUER);
    });
    // Patient module from the CDA recordTarget (PID-23 of the fixture is "C", not a birth place)
    assertThat(a.getString(Tag.PatientName)).isEqualTo("PAT-TROIS^DOMINIQUE");
    assertThat(a.getString(Tag.PatientBirthDate)).isEqualTo("19790328");
    assertThat(a.getString(Tag.PatientSex)).isEqualTo("F");
    assertThat(a.getString(Tag.PatientComments)).isEqualTo("51215");
    assertThat(a.getString(Tag.StudyInstanceUID)).isEqualTo(ReportVariants.EXAM_C_STUDY);
    assertThat(a.getNestedDataset(Tag.ReferencedRequestSequence).getString(Tag.AccessionNumber))
        .isEqualTo(ReportVariants.EXAM_C_ACCESSION);
    assertThat(a.getNestedDataset(Tag.ConceptNameCodeSequence).getString(Tag.CodeValue)).isEqualTo("113030");
    Sequence evidence = a.getSequence(Tag.CurrentRequestedProcedureEvidenceSequence);
    assertThat(evidence).hasSize(1);
    Sequence series = evidence.get(0).getSequence(Tag.ReferencedSeriesSequence);
    assertThat(series).hasSize(2);
    int instances = 0;
    for (Attributes s : series) {
      assertThat(s.getString(Tag.RetrieveURL)).isEqualTo(SharedBox.server().httpBase() + "/drimbox/dicomweb/studies/"
          + ReportVariants.EXAM_C_STUDY + "/series/" + s.getString(Tag.SeriesInstanceUID));
      instances += s.getSequence(Tag.ReferencedSOPSequence).size();
    }
    assertThat(instances).isEqualTo(SharedBox.EXAM_C_INSTANCES);
    assertThat(a.getSequence(Tag.ContentSequence)).anySatisfy(
        item -> assertThat(item.getString(Tag.ValueType)).isEqualTo("TEXT"));

    JsonObject ktAfter = kt();
    assertThat(ktAfter.getInt("k") - ktBefore.getInt("k")).isEqualTo(1);
    assertThat(ktAfter.getInt("t") - ktBefore.getInt("t")).isEqualTo(1);
  }

  static JsonObject kt() {
    String body = SharedBox.server().get(SharedBox.server().httpBase() + "/drimbox/api/admin/kt").orElseThrow();
    return Json.createReader(new StringReader(body)).readObject();
  }

  static String tasks() {
    return SharedBox.server().get(SharedBox.server().httpBase() + "/drimbox/api/admin/publications").orElse("?");
  }
}
