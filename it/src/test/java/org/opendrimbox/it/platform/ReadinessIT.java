package org.opendrimbox.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.net.Association;
import org.opendrimbox.dicom.net.AssociationRequest;
import org.opendrimbox.dicom.net.ConnectionSettings;
import org.opendrimbox.dicom.net.Device;
import org.opendrimbox.dicom.net.Dimses;
import org.opendrimbox.dicom.net.RemoteAe;
import org.opendrimbox.dicom.net.service.DicomServiceRegistry;
import org.opendrimbox.it.support.SharedBox;

/** The deployed box reports ready only with its database, JMS queues and both listeners up, and they answer. */
@ExtendWith(SharedBox.class)
class ReadinessIT {

  @Test
  void readinessListsEveryApplicationCheckUp() {
    JsonObject ready = Json.createReader(new StringReader(SharedBox.server().readiness())).readObject();
    assertThat(ready.getString("status")).isEqualTo("UP");
    Map<String, JsonObject> checks = ready.getJsonArray("checks").stream().map(JsonValue::asJsonObject)
        .collect(Collectors.toMap(c -> c.getString("name"), c -> c));
    assertThat(checks).containsKeys("drimbox-database", "drimbox-jms", "drimbox-listeners", "deployments-status");
    assertThat(checks.values()).allSatisfy(c -> assertThat(c.getString("status")).isEqualTo("UP"));
    assertThat(checks.get("drimbox-database").getJsonObject("data").getString("product")).isEqualTo("H2");
    assertThat(checks.get("drimbox-jms").getJsonObject("data").keySet())
        .contains("DrimboxPublication", "DrimboxRisIntake", "DrimboxDLQ");
    assertThat(checks.get("drimbox-listeners").getJsonObject("data").getString("hl7"))
        .isEqualTo("listening on " + SharedBox.HL7_PORT);
  }

  @Test
  void dicomListenerAnswersCEcho() throws Exception {
    try (Device device = Device.withOwnExecutor("IT", ConnectionSettings.defaults())) {
      var request = new AssociationRequest("ECHOSCU", SharedBox.AET)
          .addPresentationContext(UID.Verification, UID.ImplicitVRLittleEndian);
      Association as = device.connect(new RemoteAe(SharedBox.AET, "127.0.0.1", SharedBox.DICOM_PORT), request,
          new DicomServiceRegistry());
      try {
        assertThat(Dimses.echo(as).finalResponse().getInt(Tag.Status, -1)).isZero();
      } finally {
        as.release();
      }
    }
  }
}
