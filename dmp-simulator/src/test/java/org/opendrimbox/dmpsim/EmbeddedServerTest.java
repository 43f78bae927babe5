package org.opendrimbox.dmpsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.dmpsim.standalone.EmbeddedSimulatorServer;
import org.opendrimbox.dmpsim.validation.ValidationOptions;

/** The HTTP adapter routes the context root to the simulator (inspection and admin API). */
class EmbeddedServerTest {
  @TempDir Path dir;

  @Test
  void inspectionAndFailureSwitchOverHttp() throws Exception {
    DmpSimulator sim = new DmpSimulator(new SimulatorConfig(dir,
        SimulatorConfig.DEFAULT_REPOSITORY, ValidationOptions.SAMPLES, null, Duration.ZERO),
        Clock.systemUTC());
    try (EmbeddedSimulatorServer server = EmbeddedSimulatorServer.startPlain(sim)) {
      HttpClient http = HttpClient.newHttpClient();
      URI base = server.baseUri();
      HttpResponse<String> post = http.send(HttpRequest.newBuilder(
          URI.create(base + "/repository")).header("Content-Type",
              Samples.PUBLICATION_CONTENT_TYPE)
          .POST(HttpRequest.BodyPublishers.ofByteArray(Samples.publication())).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(post.statusCode()).isEqualTo(200);
      assertThat(post.body()).contains("ResponseStatusType:Success");
      HttpResponse<String> list = http.send(HttpRequest.newBuilder(
          URI.create(base + "/submissions")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(list.headers().firstValue("Content-Type")).contains("application/json");
      assertThat(list.body()).contains("1.3.2.751468943.3.1234.56838.231114144457.1.1.1");
      HttpResponse<String> admin = http.send(HttpRequest.newBuilder(
          URI.create(base + "/admin/failure")).POST(HttpRequest.BodyPublishers.ofString(
              "{\"mode\":\"slow\",\"durationSeconds\":60}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(admin.body()).contains("\"mode\":\"slow\"");
      HttpResponse<byte[]> missing = http.send(HttpRequest.newBuilder(
          URI.create(base + "/documents/1.2.3")).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(missing.statusCode()).isEqualTo(404);
    }
  }
}
