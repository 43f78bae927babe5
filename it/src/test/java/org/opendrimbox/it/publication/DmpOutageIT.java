package org.opendrimbox.it.publication;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendrimbox.dicom.data.UidGenerator;
import org.opendrimbox.it.support.MllpClient;
import org.opendrimbox.it.support.ReportVariants;
import org.opendrimbox.it.support.SharedBox;
import org.opendrimbox.it.support.SyntheticStudies;
import org.opendrimbox.it.support.TestConfig;

/**
 * The DMP is down for 5 minutes (the simulator answers 503): reports keep being accepted, their publications
 * wait (RETRYING, with back-off) and, once the DMP is back, all complete, each exactly once.
 */
@ExtendWith(SharedBox.class)
class DmpOutageIT {

  private static final int REPORTS = 5;
  private static final Duration OUTAGE = Duration.ofMinutes(5);

  @Test
  void publicationsWaitForTheDmpAndThenCompleteExactlyOnce() throws Exception {
    List<String> studies = new ArrayList<>();
    Path dir = Path.of(TestConfig.require("it.work.dir"), "studies", "outage");
    for (int i = 0; i < REPORTS; i++) {
      String study = UidGenerator.newUid();
      studies.add(study);
      SyntheticStudies.write(dir.resolve(Integer.toString(i)), study, "ACNO" + i, 2);
    }
    SharedBox.pacs().upload(dir);

    failure("{\"mode\":\"unavailable\",\"durationSeconds\":" + OUTAGE.toSeconds() + "}");
    Instant outageEnd = Instant.now().plus(OUTAGE);
    try (var ris = new MllpClient(SharedBox.HL7_PORT)) {
      for (int i = 0; i < REPORTS; i++) {
        String ack = ris.send(ReportVariants.examC("IT-OUTAGE-" + UUID.randomUUID(), studies.get(i), "ACNO" + i));
        assertThat(MllpClient.ackCode(ack)).as("reports are accepted while the DMP is down").isEqualTo("AA");
      }
    }
    Thread.sleep(60_000);
    assertThat(studies).allSatisfy(s -> assertThat(Dmp.kosAbout(s)).isEmpty());
    // Waiting for the DMP: between two attempts (RETRYING), re-queued (PENDING) or in an attempt (RUNNING).
    assertThat(tasksFor(studies)).extracting(t -> t.getString("state")).hasSize(REPORTS)
        .containsAnyOf("RETRYING").allMatch(state -> List.of("RETRYING", "PENDING", "RUNNING").contains(state));
    assertThat(tasksFor(studies)).allSatisfy(t -> assertThat(t.getString("lastError")).contains("DMP"));

    Instant end = outageEnd.plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(end) && !tasksFor(studies).stream().allMatch(t -> "DONE".equals(t.getString("state")))) {
      Thread.sleep(2000);
    }
    assertThat(tasksFor(studies)).extracting(t -> t.getString("state")).containsOnly("DONE");
    assertThat(studies).allSatisfy(s -> assertThat(Dmp.kosAbout(s)).hasSize(1));
  }

  private static List<JsonObject> tasksFor(List<String> studies) {
    String body = SharedBox.server().get(SharedBox.server().httpBase() + "/drimbox/api/admin/publications?max=1000")
        .orElseThrow();
    return Json.createReader(new StringReader(body)).readArray().stream().map(JsonValue::asJsonObject)
        .filter(t -> studies.contains(t.getString("studyInstanceUid", ""))).toList();
  }

  private static void failure(String json) throws Exception {
    var r = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
        HttpRequest.newBuilder(URI.create(SharedBox.dmpSimulator() + "/admin/failure"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as("failure switch: " + r.body()).isBetween(200, 299);
  }
}
