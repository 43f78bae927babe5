package org.opendrimbox.it.publication;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UidGenerator;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.dicom.io.DicomInputStream;
import org.opendrimbox.iocm.TestNotes;
import org.opendrimbox.it.support.Exec;
import org.opendrimbox.it.support.MllpClient;
import org.opendrimbox.it.support.OrthancServer;
import org.opendrimbox.it.support.ReportVariants;
import org.opendrimbox.it.support.SharedBox;
import org.opendrimbox.it.support.SyntheticStudies;
import org.opendrimbox.it.support.TestConfig;

/**
 * IOCM rejection notes (R15, DB.SO.25/26) sent by the PACS with dcmtk {@code storescu} to the deployed box,
 * after an exam C report published its KOS: rejecting some instances replaces the KOS in the DMP by one
 * without them (the same note sent twice has one effect); rejecting them all withdraws it.
 */
@ExtendWith(SharedBox.class)
class IocmRejectionIT {

  private static final String APPROVED = "urn:oasis:names:tc:ebxml-regrep:StatusType:Approved";
  private static final String DEPRECATED = "urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated";
  private static final String DELETED = "urn:asip:ci-sis:2010:StatusType:Deleted";
  private static final Duration WAIT = Duration.ofSeconds(90);

  @Test
  void rejectingSomeInstancesReplacesTheKosWithoutThem() throws Exception {
    String study = UidGenerator.newUid();
    JsonObject first = publish(study);
    Map<String, List<String>> published = instances(Dmp.document(first.getString("uniqueId")));
    assertThat(published.values().stream().mapToInt(List::size).sum()).isEqualTo(4);
    String series = published.keySet().iterator().next();
    String rejected = published.get(series).get(0);

    Path note = writeNote(study, Map.of(series, List.of(rejected)));
    assertThat(storescu(note)).contains("Success");
    List<JsonObject> both = Dmp.awaitKos(study,
        l -> l.size() == 2 && l.stream().anyMatch(s -> s.getString("status").equals(DEPRECATED)), WAIT);
    assertThat(both).as("KOS in the DMP; tasks: " + tasks(study)).extracting(s -> s.getString("status"))
        .containsExactlyInAnyOrder(DEPRECATED, APPROVED);
    JsonObject replacement = both.stream().filter(s -> s.getString("status").equals(APPROVED)).findFirst()
        .orElseThrow();
    Map<String, List<String>> kept = instances(Dmp.document(replacement.getString("uniqueId")));
    assertThat(kept.values().stream().flatMap(List::stream)).hasSize(3).doesNotContain(rejected);

    int tasksBefore = tasks(study).size();
    assertThat(storescu(note)).as("the same note again").contains("Success");
    assertThat(tasks(study)).as("a note received twice has one effect").hasSize(tasksBefore);

    JsonObject feed = status().getJsonObject("feed");
    assertThat(feed.getJsonNumber("rejectionNotesLast24h").longValue()).isPositive();
  }

  @Test
  void rejectingEveryInstanceWithdrawsTheKos() throws Exception {
    String study = UidGenerator.newUid();
    JsonObject first = publish(study);
    Map<String, List<String>> published = instances(Dmp.document(first.getString("uniqueId")));

    assertThat(storescu(writeNote(study, published))).contains("Success");
    assertThat(Dmp.awaitKos(study, l -> !l.isEmpty() && !l.get(0).getString("status").equals(APPROVED), WAIT))
        .as("tasks: " + tasks(study)).extracting(s -> s.getString("status")).containsExactly(DELETED);
  }

  @Test
  void aNoteForAStudyNeverPublishedIsAcknowledged() throws Exception {
    String study = UidGenerator.newUid();
    Path note = writeNote(study, Map.of(UidGenerator.newUid(), List.of(UidGenerator.newUid())));
    assertThat(storescu(note)).contains("Success");
    assertThat(tasks(study)).isEmpty();
  }

  /** Loads a 4-instance study in the PACS, sends exam C's report for it, returns its KOS in the DMP. */
  private static JsonObject publish(String study) {
    String accession = "IOCM" + UUID.randomUUID().toString().substring(0, 8);
    Path dir = Path.of(TestConfig.require("it.work.dir"), "studies", study);
    SyntheticStudies.write(dir, study, accession, 4);
    SharedBox.pacs().upload(dir);
    try (var ris = new MllpClient(SharedBox.HL7_PORT)) {
      byte[] report = ReportVariants.examC("IT-IOCM-" + UUID.randomUUID(), study, accession);
      assertThat(MllpClient.ackCode(ris.send(report))).isEqualTo("AA");
    }
    List<JsonObject> kos = Dmp.awaitKos(study, l -> l.size() == 1, WAIT);
    assertThat(kos).as("KOS published; tasks: " + tasks(study)).extracting(s -> s.getString("status"))
        .containsExactly(APPROVED);
    return kos.get(0);
  }

  /** Sends a file as the PACS does: dcmtk storescu, calling AE = the PACS AE title. */
  private static String storescu(Path file) {
    var result = Exec.run(List.of("storescu", "-v", "-aet", OrthancServer.AET, "-aec", SharedBox.AET, "127.0.0.1",
        Integer.toString(SharedBox.DICOM_PORT), file.toString()), Map.of(), Duration.ofMinutes(1));
    assertThat(result.exitCode()).as(result.output()).isZero();
    String output = result.output();
    int i = output.indexOf("Received Store Response");
    assertThat(i).as(output).isNotNegative();
    return output.substring(i, output.indexOf('\n', i));
  }

  /** An IOCM rejection note, (113001, DCM, "Rejected for Quality Reasons"), as a Part 10 file. */
  private static Path writeNote(String study, Map<String, List<String>> instancesBySeries) throws IOException {
    Attributes a = TestNotes.note(UidGenerator.newUid(), "113001", study, instancesBySeries);
    a.setString(Tag.PatientID, VR.LO, ReportVariants.EXAM_C_IPP);
    a.setString(Tag.InstanceNumber, VR.IS, "1");
    return TestNotes.write(Files.createTempFile("iocm-note", ".dcm"), a);
  }

  /** The instances a KOS references, by series. */
  private static Map<String, List<String>> instances(byte[] kos) throws IOException {
    Attributes a;
    try (var in = new DicomInputStream(new ByteArrayInputStream(kos))) {
      in.readFileMetaInformation();
      a = in.readDataset();
    }
    Map<String, List<String>> bySeries = new LinkedHashMap<>();
    for (Attributes s : a.getSequence(Tag.CurrentRequestedProcedureEvidenceSequence).get(0)
        .getSequence(Tag.ReferencedSeriesSequence)) {
      List<String> uids = new ArrayList<>();
      s.getSequence(Tag.ReferencedSOPSequence).forEach(sop -> uids.add(sop.getString(Tag.ReferencedSOPInstanceUID)));
      bySeries.put(s.getString(Tag.SeriesInstanceUID), uids);
    }
    return bySeries;
  }

  private static List<JsonObject> tasks(String study) {
    String body = SharedBox.server().get(SharedBox.server().httpBase() + "/drimbox/api/admin/publications?max=1000")
        .orElseThrow();
    return Json.createReader(new StringReader(body)).readArray().stream().map(JsonValue::asJsonObject)
        .filter(t -> study.equals(t.getString("studyInstanceUid", null))).toList();
  }

  private static JsonObject status() {
    String body = SharedBox.server().get(SharedBox.server().httpBase() + "/drimbox/api/admin/status").orElseThrow();
    return Json.createReader(new StringReader(body)).readObject();
  }
}
