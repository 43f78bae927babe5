package org.opendrimbox.it.intake;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendrimbox.it.support.MllpClient;
import org.opendrimbox.it.support.ReportVariants;
import org.opendrimbox.it.support.SharedBox;

/**
 * Over MLLP on the deployed box: valid reports are acknowledged AA, bad ones AE/AR with an ERR segment that
 * says what is wrong, and every one of them is in the journal of received messages with its verdict.
 */
@ExtendWith(SharedBox.class)
class MllpIntakeIT {

  @Test
  void malformedAndInconsistentMessagesAreRejectedWithErrAndStoredWithTheirReason() {
    String garbageId = "IT-GARBAGE-" + UUID.randomUUID();
    String noInsId = "IT-NOINS-" + UUID.randomUUID();
    try (var ris = new MllpClient(SharedBox.HL7_PORT)) {
      String garbage = ris.send(("MSH|^~\\&|RIS_IT|HOSP_IT|DRIMBOX|HOSP_IT|20261129120000||ORU^R01^ORU_R01|" + garbageId
          + "|P|2.5\rPID|garbage without the segments a report needs").getBytes(StandardCharsets.UTF_8));
      assertThat(MllpClient.ackCode(garbage)).isIn("AE", "AR");
      assertThat(garbage).contains("MSA|" + MllpClient.ackCode(garbage) + "|" + garbageId).contains("\rERR|");

      String withoutIns = new String(ReportVariants.fixture("CR_C-ORU.hl7", noInsId), StandardCharsets.UTF_8)
          .replace("279035121518989^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.10&ISO^INS^^~", "");
      String ack = ris.send(withoutIns.getBytes(StandardCharsets.UTF_8));
      assertThat(MllpClient.ackCode(ack)).isEqualTo("AE");
      assertThat(ack).contains("ERR|").contains("PID-3");
    }
    List<JsonObject> rejected = messages("REJECTED");
    assertThat(rejected).anySatisfy(m -> {
      assertThat(m.getString("controlId")).isEqualTo(garbageId);
      assertThat(m.getString("errorText")).isNotBlank();
    });
    assertThat(rejected).anySatisfy(m -> {
      assertThat(m.getString("controlId")).isEqualTo(noInsId);
      assertThat(m.getInt("errorCode")).isEqualTo(204); // unknown key: PID-3 no longer names the CDA's patient
      assertThat(m.getString("errorText")).contains("PID-3");
      assertThat(m.getBoolean("countedInT")).isFalse();
    });
  }

  @Test
  void theOfficialExamDeletionIsAcceptedAndJournaled() {
    String id = "IT-OMI-" + UUID.randomUUID();
    byte[] omi = new String(ReportVariants.fixture("CR_W_Suppression-OMI.hl7", id), StandardCharsets.UTF_8)
        .replace("|OMI^O23^OMI_O23|001|", "|OMI^O23^OMI_O23|" + id + "|").getBytes(StandardCharsets.UTF_8);
    try (var ris = new MllpClient(SharedBox.HL7_PORT)) {
      assertThat(MllpClient.ackCode(ris.send(omi))).isEqualTo("AA");
    }
    assertThat(messages("ACCEPTED")).anySatisfy(m -> {
      assertThat(m.getString("controlId")).isEqualTo(id);
      assertThat(m.getString("messageType")).isEqualTo("OMI^O23");
      assertThat(m.getString("eventKind")).isEqualTo("DELETE_EXAM");
    });
  }

  private static List<JsonObject> messages(String status) {
    String body = SharedBox.server().get(SharedBox.server().httpBase() + "/drimbox/api/admin/messages?status="
        + status + "&max=200").orElseThrow();
    return Json.createReader(new StringReader(body)).readArray().stream().map(JsonValue::asJsonObject).toList();
  }
}
