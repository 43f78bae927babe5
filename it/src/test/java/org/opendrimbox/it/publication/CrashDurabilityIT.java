package org.opendrimbox.it.publication;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendrimbox.dicom.data.UidGenerator;
import org.opendrimbox.it.support.MllpClient;
import org.opendrimbox.it.support.ReportVariants;
import org.opendrimbox.it.support.SharedBox;
import org.opendrimbox.it.support.SyntheticStudies;
import org.opendrimbox.it.support.TestConfig;
import org.opendrimbox.it.support.WildFlyServer;

/**
 * Killing the server (SIGKILL) in the middle of a burst of 500 reports loses none: after the restart every
 * acknowledged report reaches its KOS in the DMP, and no study gets more than one KOS. Runs late, since it
 * kills and restarts the shared box.
 */
@ExtendWith(SharedBox.class)
@Order(Integer.MAX_VALUE - 1)
class CrashDurabilityIT {

  private static final int REPORTS = 500;
  private static final int KILL_AFTER_ACKS = 200;
  private static final int CONNECTIONS = 4;

  @Test
  void aKilledServerLosesNoAcknowledgedReportAndPublishesEachKosOnce() throws Exception {
    List<String> studies = new ArrayList<>();
    Path dir = Path.of(TestConfig.require("it.work.dir"), "studies", "burst");
    for (int i = 0; i < REPORTS; i++) {
      String study = UidGenerator.newUid();
      studies.add(study);
      SyntheticStudies.write(dir.resolve(Integer.toString(i)), study, "ACNB" + i, 1);
    }
    SharedBox.pacs().upload(dir);

    WildFlyServer server = SharedBox.server();
    Set<String> acked = ConcurrentHashMap.newKeySet();
    AtomicInteger next = new AtomicInteger();
    ExecutorService ris = Executors.newFixedThreadPool(CONNECTIONS);
    for (int c = 0; c < CONNECTIONS; c++) {
      ris.execute(() -> {
        try (var client = new MllpClient(SharedBox.HL7_PORT)) {
          for (int i = next.getAndIncrement(); i < REPORTS; i = next.getAndIncrement()) {
            String ack = client.send(ReportVariants.examC("IT-BURST-" + i, studies.get(i), "ACNB" + i));
            if ("AA".equals(MllpClient.ackCode(ack))) {
              acked.add(studies.get(i));
            }
          }
        } catch (RuntimeException connectionLostWithTheServer) {
          // expected once the server is killed: what was not acknowledged is the RIS's to resend
        }
      });
    }
    Instant deadline = Instant.now().plusSeconds(300);
    while (acked.size() < KILL_AFTER_ACKS && Instant.now().isBefore(deadline)) {
      Thread.sleep(20);
    }
    server.kill();
    ris.shutdown();
    assertThat(ris.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    Set<String> ackedBeforeKill = Set.copyOf(acked);
    assertThat(ackedBeforeKill.size()).isGreaterThanOrEqualTo(KILL_AFTER_ACKS).isLessThan(REPORTS);

    server.start();
    server.awaitReady(Duration.ofMinutes(3));

    Map<String, Long> kosPerStudy = Map.of();
    Instant end = Instant.now().plus(Duration.ofMinutes(10));
    while (Instant.now().isBefore(end)) {
      kosPerStudy = kosPerStudy(studies);
      if (kosPerStudy.keySet().containsAll(ackedBeforeKill)) {
        break;
      }
      Thread.sleep(2000);
    }
    assertThat(kosPerStudy.keySet()).as("studies with a KOS in the DMP").containsAll(ackedBeforeKill);
    assertThat(kosPerStudy.values()).as("KOS per study").allMatch(n -> n == 1);
  }

  /** For each burst study that has KOS entries in the DMP, how many. */
  private static Map<String, Long> kosPerStudy(List<String> studies) {
    Set<String> wanted = Set.copyOf(studies);
    return Dmp.submissions().stream()
        .filter(s -> "application/dicom".equals(s.getJsonObject("metadata").getString("mimeType", "")))
        .map(CrashDurabilityIT::studyOf).filter(wanted::contains)
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private static String studyOf(JsonObject submission) {
    String text = submission.toString();
    int i = text.indexOf("^^^&1.2.3.4.5.6&ISO^urn:ihe:iti:xds:2016:studyInstanceUID");
    return i < 0 ? "" : text.substring(text.lastIndexOf('"', i) + 1, i);
  }
}
