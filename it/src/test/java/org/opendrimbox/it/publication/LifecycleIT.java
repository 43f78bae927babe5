package org.opendrimbox.it.publication;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendrimbox.it.source.WadoPeer;
import org.opendrimbox.it.support.MllpClient;
import org.opendrimbox.it.support.PeerTrust;
import org.opendrimbox.it.support.RawHttps;
import org.opendrimbox.it.support.ReportVariants;
import org.opendrimbox.it.support.SharedBox;
import org.opendrimbox.it.support.SyntheticStudies;
import org.opendrimbox.it.support.TestConfig;

/**
 * The lifecycle of R15 driven by the official fixtures: the visibility update of exam G1 replaces its KOS
 * (the first one deprecated in the DMP), the unpublication of exam I and the exam deletion W (OMI^O23) withdraw
 * theirs.
 */
@ExtendWith(SharedBox.class)
class LifecycleIT {

  private static final String DEPRECATED = "urn:oasis:names:tc:ebxml-regrep:StatusType:Deprecated";
  private static final String APPROVED = "urn:oasis:names:tc:ebxml-regrep:StatusType:Approved";
  private static final Duration WAIT = Duration.ofSeconds(90);

  @Test
  void visibilityUpdateReplacesTheKos() {
    String study = "1.2.250.1.213.4.5.2.1.108";
    load(study, "ACN108");
    send(ReportVariants.fixture("CR_G1-ORU.hl7", id("G1")));
    List<JsonObject> first = Dmp.awaitKos(study, l -> l.size() == 1, WAIT);
    assertThat(first).hasSize(1);
    String firstKos = first.get(0).getString("uniqueId");
    RawHttps.Response before = peerMetadata(study, firstKos);
    assertThat(before.status()).as("a peer retrieves with the current KOS: " + before.text()).isEqualTo(200);
    send(ReportVariants.fixture("CR_G1_MAJ-ORU.hl7", id("G1MAJ")));
    List<JsonObject> both = Dmp.awaitKos(study, l -> l.size() == 2 && l.stream().anyMatch(s -> status(s).equals(DEPRECATED)),
        WAIT);
    assertThat(both).extracting(LifecycleIT::status).containsExactlyInAnyOrder(DEPRECATED, APPROVED);
    assertThat(both).filteredOn(s -> status(s).equals(DEPRECATED)).extracting(s -> s.getString("uniqueId"))
        .containsExactly(firstKos);
    String secondKos = both.stream().filter(s -> status(s).equals(APPROVED)).findFirst().orElseThrow()
        .getString("uniqueId");
    RawHttps.Response replaced = peerMetadata(study, firstKos);
    for (int i = 0; i < 50 && replaced.status() == 200; i++) { // the box records the replacement after the DMP
      sleep(100);
      replaced = peerMetadata(study, firstKos);
    }
    assertThat(replaced.status()).as("the replaced KOS no longer opens the study").isEqualTo(404);
    assertThat(replaced.text()).contains("no published KOS " + firstKos);
    RawHttps.Response current = peerMetadata(study, secondKos);
    assertThat(current.status()).as(current.text()).isEqualTo(200);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** A whitelisted peer with a professional's token asks for the study's metadata with kosUid. */
  private static RawHttps.Response peerMetadata(String study, String kosUid) {
    try {
      return WadoPeer.get(SharedBox.trust().peer(PeerTrust.PEER_ORG), "/studies/" + study + "/metadata",
          "Accept: application/dicom+json", "KOS-SOPInstanceUID: " + kosUid,
          "Authorization: Bearer " + SharedBox.psc().token("10001234567"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Test
  void unpublicationWithdrawsTheKos() {
    String study = "1.2.250.1.213.4.5.2.1.110";
    load(study, "ACN110");
    send(ReportVariants.fixture("CR_I-ORU.hl7", id("I")));
    assertThat(Dmp.awaitKos(study, l -> l.size() == 1, WAIT)).extracting(LifecycleIT::status).containsExactly(APPROVED);
    send(ReportVariants.fixture("CR_I_Depublication-MDM.hl7", id("IDEP")));
    assertThat(Dmp.awaitKos(study, l -> !l.isEmpty() && !status(l.get(0)).equals(APPROVED), WAIT))
        .extracting(LifecycleIT::status).containsExactly("urn:asip:ci-sis:2010:StatusType:Deleted");
  }

  @Test
  void examDeletionWithdrawsTheKos() {
    String study = "1.2.250.1.213.4.5.2.1.124";
    load(study, "ACN124");
    send(ReportVariants.examC(id("W-REPORT"), study, "ACN124"));
    assertThat(Dmp.awaitKos(study, l -> l.size() == 1, WAIT)).extracting(LifecycleIT::status).containsExactly(APPROVED);
    String omiId = id("W");
    send(new String(ReportVariants.fixture("CR_W_Suppression-OMI.hl7", omiId), StandardCharsets.UTF_8)
        .replace("|OMI^O23^OMI_O23|001|", "|OMI^O23^OMI_O23|" + omiId + "|").getBytes(StandardCharsets.UTF_8));
    assertThat(Dmp.awaitKos(study, l -> !l.isEmpty() && !status(l.get(0)).equals(APPROVED), WAIT))
        .extracting(LifecycleIT::status).containsExactly("urn:asip:ci-sis:2010:StatusType:Deleted");
  }

  private static void load(String study, String accession) {
    Path dir = Path.of(TestConfig.require("it.work.dir"), "studies", study);
    SyntheticStudies.write(dir, study, accession, 4);
    SharedBox.pacs().upload(dir);
  }

  private static void send(byte[] message) {
    try (var ris = new MllpClient(SharedBox.HL7_PORT)) {
      assertThat(MllpClient.ackCode(ris.send(message))).isEqualTo("AA");
    }
  }

  private static String id(String exam) {
    return "IT-" + exam + "-" + UUID.randomUUID();
  }

  private static String status(JsonObject submission) {
    return submission.getString("status");
  }
}
