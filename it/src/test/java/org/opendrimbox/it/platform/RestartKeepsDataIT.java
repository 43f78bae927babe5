package org.opendrimbox.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendrimbox.it.support.SharedBox;
import org.opendrimbox.it.support.WildFlyServer;

/**
 * Stopping and starting the box keeps its data: the H2 database is a file under the server's data directory.
 * Runs after every other class that uses the shared box, since it restarts it.
 */
@ExtendWith(SharedBox.class)
@Order(Integer.MAX_VALUE)
class RestartKeepsDataIT {

  @Test
  void eventsRecordedBeforeARestartAreStillThereAfterIt() {
    WildFlyServer server = SharedBox.server();
    assertThat(types(server)).startsWith("STARTED");

    server.stop();
    server.start();
    server.awaitReady(Duration.ofMinutes(3));

    assertThat(types(server)).startsWith("STARTED", "STOPPED", "STARTED");
  }

  private static List<String> types(WildFlyServer server) {
    String body = server.get(server.httpBase() + "/drimbox/api/admin/status?events=3").orElseThrow();
    JsonArray events = Json.createReader(new StringReader(body)).readObject().getJsonArray("events");
    return events.stream().map(e -> e.asJsonObject().getString("type")).toList();
  }
}
