package org.opendrimbox.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendrimbox.it.support.SharedBox;

/** The admin status API shows the effective settings (from the environment) and the box's start-up event. */
@ExtendWith(SharedBox.class)
class StatusIT {

  @Test
  void statusShowsSettingsFromTheEnvironmentAndTheStartEvent() {
    var response = SharedBox.server().response(SharedBox.server().httpBase() + "/drimbox/api/admin/status").orElseThrow();
    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject status = Json.createReader(new StringReader(response.body())).readObject();
    assertThat(status.getString("environment")).isEqualTo("ci");
    JsonObject settings = status.getJsonObject("settings");
    assertThat(settings.getString("aet")).isEqualTo(SharedBox.AET);
    assertThat(settings.getInt("dicomPort")).isEqualTo(SharedBox.DICOM_PORT);
    assertThat(settings.getInt("hl7Port")).isEqualTo(SharedBox.HL7_PORT);
    assertThat(settings.getString("wadoRsBase")).isEqualTo(SharedBox.server().httpBase() + "/drimbox/dicomweb");
    assertThat(status.getJsonArray("events").getJsonObject(0).getString("type")).isEqualTo("STARTED");
  }

  @Test
  void unknownRoutesAnswerProblemJson() {
    var response = SharedBox.server().response(SharedBox.server().httpBase() + "/drimbox/api/no-such-thing").orElseThrow();
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        ct -> assertThat(ct).startsWith("application/problem+json"));
    JsonObject problem = Json.createReader(new StringReader(response.body())).readObject();
    assertThat(problem.getInt("status")).isEqualTo(404);
    assertThat(problem.getString("title")).isEqualTo("Not Found");
  }
}
