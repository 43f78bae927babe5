package org.opendrimbox.it.source;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendrimbox.it.support.AuditReader;
import org.opendrimbox.it.support.PeerTrust;
import org.opendrimbox.it.support.PublishedStudy;
import org.opendrimbox.it.support.RawHttps;
import org.opendrimbox.it.support.SharedBox;
import org.opendrimbox.it.support.TestConfig;
import org.opendrimbox.it.support.WildFlyServer;

/**
 * A box whose configured whitelist was altered after signing (R51) starts, logs the rejection at ERROR, audits it,
 * and refuses every peer, even a whitelisted one with a valid token, with 403 {@code no valid whitelist is loaded}
 * (audited too). Its own server (port offset {@value #OFFSET}), sharing the PKI, PSC simulator and PACS.
 */
@ExtendWith(SharedBox.class)
class TamperedWhitelistIT {

  static final int OFFSET = 300;

  @Test
  void boxWithATamperedWhitelistRefusesEveryPeer() throws Exception {
    Path list = Path.of(TestConfig.require("it.work.dir"), "trust", "tampered-whitelist.xml");
    SharedBox.trust().writeTamperedWhitelist(list);
    String token = SharedBox.psc().token("10001234567");
    try (WildFlyServer box = WildFlyServer.startConfigured("tampered-whitelist", OFFSET,
        SharedBox.environmentForAnotherBox(OFFSET, list))) {
      JsonObject load = AuditReader.await(box, "WHITELIST_LOAD", o -> "FAILURE".equals(o.getString("outcome", "")),
          "failure");
      assertThat(load.getString("reason")).contains("signature");
      assertThat(Files.readString(box.log())).contains("Whitelist REJECTED");

      String path = "/studies/" + PublishedStudy.STUDY_UID;
      RawHttps.Response r = RawHttps.exchange(SharedBox.trust().peer(PeerTrust.PEER_ORG), 8443 + OFFSET,
          "GET /drimbox/dicomweb" + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + (8443 + OFFSET) + "\r\nAccept: "
              + WadoPeer.ANS_ACCEPT + "\r\nAuthorization: Bearer " + token + "\r\nKOS-SOPInstanceUID: 1.2.3.4"
              + "\r\nConnection: close");
      assertThat(r.status()).as(r.text()).isEqualTo(403);
      assertThat(r.header("Content-Type")).hasValue("application/problem+json");
      JsonObject problem = Json.createReader(new StringReader(r.text())).readObject();
      assertThat(problem.getString("detail")).isEqualTo("no valid whitelist is loaded");
      AuditReader.await(box, "PEER_ACCESS", AuditReader.record("FAILURE", path, "403 no valid whitelist is loaded"),
          "403 no valid whitelist");
      String trust = box.get(box.httpBase() + "/drimbox/api/admin/trust").orElseThrow();
      assertThat(Json.createReader(new StringReader(trust)).readObject().getInt("entries")).isEqualTo(-1);
    }
  }
}
