package org.opendrimbox.it.source;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendrimbox.it.support.AuditReader;
import org.opendrimbox.it.support.PeerTrust;
import org.opendrimbox.it.support.PublishedStudy;
import org.opendrimbox.it.support.RawHttps;
import org.opendrimbox.it.support.SharedBox;

/**
 * Who is refused, with which status, and that every refusal leaves an audit row (read back through {@code GET
 * /drimbox/api/admin/audit}): no token, an inactive token, tokens of unknown professionals, a KOS id that does not
 * cover the request, a client certificate outside the whitelist or none, and a tampered whitelist. Statuses follow
 * R20/R21/R27/R51 as documented in docs/interfaces/trust.md and dicomweb.md.
 */
@ExtendWith(SharedBox.class)
class PeerRefusalIT {

  private static PublishedStudy study;
  private static SSLContext peer;
  private static String token;
  private static String seriesPath;

  @BeforeAll
  static void publish() throws Exception {
    study = PublishedStudy.get();
    peer = SharedBox.trust().peer(PeerTrust.PEER_ORG);
    token = SharedBox.psc().token("10001234567");
    seriesPath = "/studies/" + study.studyUid() + "/series/" + study.seriesUids().get(0);
  }

  @Test
  void noTokenIs401AndAudited() {
    RawHttps.Response r = WadoPeer.get(peer, seriesPath, "Accept: " + WadoPeer.ANS_ACCEPT,
        "KOS-SOPInstanceUID: " + study.kosUid());
    problem(r, 401, "missing bearer token");
    assertThat(r.header("WWW-Authenticate")).hasValue("Bearer");
    JsonObject row = audited(seriesPath, "401 missing bearer token");
    assertThat(row.getString("peerDn")).contains("OU=" + PeerTrust.PEER_ORG);
  }

  @Test
  void inactiveTokenIs401AndAudited() {
    RawHttps.Response r = retrieve(peer, seriesPath, "not-a-psc-token", study.kosUid());
    problem(r, 401, "token is not active");
    audited(seriesPath, "401 token is not active");
  }

  /** A token for a user PSC knows nothing about carries no audience, scope or professional id: 401. */
  @Test
  void tokenOfAnUnknownUserIs401AndAudited() throws Exception {
    String path = "/studies/" + study.studyUid();
    RawHttps.Response r = retrieve(peer, path, SharedBox.psc().token("99999999999"), study.kosUid());
    problem(r, 401, "token audience does not include drimbox");
    audited(path, "401 token audience");
  }

  /** A valid PSC token that names no health professional (R20, DB.SO.34): 403. */
  @Test
  void tokenWithoutProfessionalIs403AndAudited() throws Exception {
    String path = seriesPath + "/metadata";
    RawHttps.Response r = retrieve(peer, path, SharedBox.psc().token("no-rpps"), study.kosUid());
    problem(r, 403, "token does not identify a health professional");
    audited(path, "403 token does not identify a health professional");
  }

  @Test
  void unknownKosIs404AndAudited() {
    String path = "/studies/" + study.studyUid() + "/series/" + study.seriesUids().get(1);
    RawHttps.Response r = retrieve(peer, path, token, "1.2.250.1.999.1.2.3");
    problem(r, 404, "no published KOS 1.2.250.1.999.1.2.3");
    JsonObject row = audited(path, "404 no published KOS");
    assertThat(row.getString("actorId")).isEqualTo("10001234567");
  }

  @Test
  void kosOfAnotherStudyIs400AndAudited() {
    String path = "/studies/1.2.250.1.213.4.5.2.1.999";
    RawHttps.Response r = retrieve(peer, path, token, study.kosUid());
    problem(r, 400, "does not reference the requested study");
    audited(path, "400 the KOS " + study.kosUid() + " does not reference the requested study");
  }

  @Test
  void seriesOutsideTheKosIs404AndAudited() {
    String path = "/studies/" + study.studyUid() + "/series/1.2.250.1.999.4.5.6";
    RawHttps.Response r = retrieve(peer, path, token, study.kosUid());
    problem(r, 404, "does not reference the requested series");
    audited(path, "404 the KOS " + study.kosUid() + " does not reference the requested series");
  }

  @Test
  void missingKosHeaderIs400AndAudited() {
    String path = seriesPath + "/instances/" + study.instancesBySeries().get(study.seriesUids().get(0)).get(1);
    RawHttps.Response r = WadoPeer.get(peer, path, "Accept: " + WadoPeer.ANS_ACCEPT, "Authorization: Bearer " + token);
    problem(r, 400, "missing KOS-SOPInstanceUID header");
    audited(path, "400 missing KOS-SOPInstanceUID header");
  }

  /** The peer's TLS certificate chains to a trusted CA, but its DN is not in the signed whitelist: 403. */
  @Test
  void certificateOutsideTheWhitelistIs403AndAudited() {
    String path = "/studies/" + study.studyUid();
    RawHttps.Response r = retrieve(SharedBox.trust().peer(PeerTrust.STRANGER_ORG), path, token, study.kosUid());
    problem(r, 403, "client certificate is not in the whitelist");
    JsonObject row = audited(path, "403 client certificate is not in the whitelist");
    assertThat(row.getString("peerDn")).contains("OU=" + PeerTrust.STRANGER_ORG);
  }

  @Test
  void noClientCertificateIs403AndAudited() {
    String path = "/studies/" + study.studyUid() + "/series/" + study.seriesUids().get(1) + "/metadata";
    RawHttps.Response r = retrieve(SharedBox.trust().anonymous(), path, token, study.kosUid());
    problem(r, 403, "no TLS client certificate");
    JsonObject row = audited(path, "403 no TLS client certificate");
    assertThat(row.getString("peerDn", null)).as("no certificate, no DN").isNull();
  }

  /**
   * A whitelist whose content changed after signing is rejected when the box reloads it (signature check), the
   * failure is audited and logged at ERROR, and the list in force is kept (the last valid one, R51); once the
   * signed list is back, a reload accepts it again.
   */
  @Test
  void tamperedWhitelistIsRejectedAuditedAndLogged() throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String admin = SharedBox.server().httpBase() + "/drimbox/api/admin/trust";
    int auditsBefore = AuditReader.byType("WHITELIST_LOAD").size();
    try {
      SharedBox.trust().tamperWhitelist();
      JsonObject v = json(http.send(HttpRequest.newBuilder(URI.create(admin + "/whitelist/reload"))
          .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString()));
      assertThat(v.getBoolean("signed")).isTrue();
      assertThat(v.getBoolean("signatureValid")).isFalse();
      assertThat(v.getBoolean("accepted")).isFalse();
      JsonObject failure = AuditReader.byType("WHITELIST_LOAD").get(0);
      assertThat(AuditReader.byType("WHITELIST_LOAD")).hasSize(auditsBefore + 1);
      assertThat(failure.getString("outcome")).isEqualTo("FAILURE");
      assertThat(failure.getString("reason")).contains("signature");
      assertThat(Files.readString(SharedBox.server().log())).contains("Whitelist REJECTED");
      JsonObject status = json(http.send(HttpRequest.newBuilder(URI.create(admin)).build(),
          HttpResponse.BodyHandlers.ofString()));
      assertThat(status.getInt("entries")).as("the last valid list stays in force").isEqualTo(1);
      assertThat(retrieve(peer, seriesPath, token, study.kosUid()).status()).isEqualTo(200);
    } finally {
      SharedBox.trust().restoreWhitelist();
      http.send(HttpRequest.newBuilder(URI.create(admin + "/whitelist/reload"))
          .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }
    JsonObject reloaded = AuditReader.byType("WHITELIST_LOAD").get(0);
    assertThat(reloaded.getString("outcome")).isEqualTo("SUCCESS");
  }

  /** Plain HTTP carries no client certificate: a peer request there is refused like one without certificate. */
  @Test
  void plainHttpIsRefused() throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(SharedBox.server().httpBase()
        + WadoPeer.BASE + seriesPath)).header("Authorization", "Bearer " + token)
        .header("KOS-SOPInstanceUID", study.kosUid()).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("no TLS client certificate");
  }

  private static RawHttps.Response retrieve(SSLContext tls, String path, String bearer, String kos) {
    return WadoPeer.get(tls, path, "Accept: " + WadoPeer.ANS_ACCEPT, "Authorization: Bearer " + bearer,
        "KOS-SOPInstanceUID: " + kos);
  }

  private static void problem(RawHttps.Response r, int status, String detail) {
    assertThat(r.status()).as(r.text()).isEqualTo(status);
    assertThat(r.header("Content-Type")).hasValue("application/problem+json");
    JsonObject p = Json.createReader(new StringReader(r.text())).readObject();
    assertThat(p.getInt("status")).isEqualTo(status);
    assertThat(p.getString("detail")).contains(detail);
  }

  private static JsonObject audited(String resource, String reason) {
    return AuditReader.await("PEER_ACCESS", AuditReader.record("FAILURE", resource, reason), reason + " " + resource);
  }

  private static JsonObject json(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Json.createReader(new StringReader(r.body())).readObject();
  }
}
