package org.opendrimbox.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.io.DicomInputStream;

/**
 * A study published by the shared box for the WADO-RS tests, made once per run: a synthetic study of {@link
 * #INSTANCES} instances in two series loaded into the PACS, exam C's report for it sent over MLLP, and the
 * publication task awaited until DONE. It is not exam C's own study, so the publication tests are not disturbed.
 *
 * @param studyUid the Study Instance UID
 * @param kosUid the SOP Instance UID of the published KOS
 * @param instancesBySeries SOP Instance UIDs per Series Instance UID, in file order
 * @param pixelData the Pixel Data value of each SOP instance as loaded into the PACS
 */
public record PublishedStudy(String studyUid, String kosUid, Map<String, List<String>> instancesBySeries,
    Map<String, byte[]> pixelData) {

  public static final String STUDY_UID = "1.2.250.1.213.4.5.2.1.161";
  public static final String ACCESSION = "ACN161";
  public static final int INSTANCES = 24;

  private static PublishedStudy instance;

  /** The study, published on first use. */
  public static synchronized PublishedStudy get() {
    if (instance == null) {
      instance = publish();
    }
    return instance;
  }

  public List<String> seriesUids() {
    return List.copyOf(instancesBySeries.keySet());
  }

  public int size() {
    return pixelData.size();
  }

  private static PublishedStudy publish() {
    Path dir = Path.of(TestConfig.require("it.work.dir"), "studies", STUDY_UID);
    SyntheticStudies.write(dir, STUDY_UID, ACCESSION, INSTANCES);
    SharedBox.pacs().upload(dir);
    Map<String, List<String>> bySeries = new LinkedHashMap<>();
    Map<String, byte[]> pixels = new LinkedHashMap<>();
    for (int i = 0; i < INSTANCES; i++) {
      Attributes a = read(dir.resolve(i + ".dcm"));
      bySeries.computeIfAbsent(a.getString(Tag.SeriesInstanceUID), k -> new ArrayList<>())
          .add(a.getString(Tag.SOPInstanceUID));
      pixels.put(a.getString(Tag.SOPInstanceUID), a.getBytes(Tag.PixelData));
    }
    try (var ris = new MllpClient(SharedBox.HL7_PORT)) {
      String ack = MllpClient.ackCode(ris.send(ReportVariants.examC("IT-WADO-" + UUID.randomUUID(), STUDY_UID,
          ACCESSION)));
      if (!"AA".equals(ack)) {
        throw new AssertionError("report not accepted: " + ack);
      }
    }
    String kos = awaitKos(Duration.ofSeconds(120));
    bySeries.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return new PublishedStudy(STUDY_UID, kos, Collections.unmodifiableMap(bySeries),
        Collections.unmodifiableMap(pixels));
  }

  private static String awaitKos(Duration timeout) {
    Instant end = Instant.now().plus(timeout);
    String last = "";
    while (Instant.now().isBefore(end)) {
      last = SharedBox.server().get(SharedBox.server().httpBase() + "/drimbox/api/admin/publications?max=1000")
          .orElse("[]");
      Optional<String> kos = tasks(last).filter(t -> STUDY_UID.equals(t.getString("studyInstanceUid", "")))
          .filter(t -> "DONE".equals(t.getString("state", "")))
          .map(t -> t.getString("kosSopInstanceUid", "")).filter(s -> !s.isEmpty()).findFirst();
      if (kos.isPresent()) {
        return kos.get();
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    throw new AssertionError("no published KOS for " + STUDY_UID + " within " + timeout + "; tasks: " + last);
  }

  private static Stream<JsonObject> tasks(String json) {
    return Json.createReader(new StringReader(json)).readArray().stream().map(JsonValue::asJsonObject);
  }

  private static Attributes read(Path file) {
    try (InputStream in = Files.newInputStream(file); DicomInputStream din = new DicomInputStream(in)) {
      din.readFileMetaInformation();
      return din.readDataset();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
