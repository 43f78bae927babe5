package org.opendrimbox.it.source;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.it.support.AuditReader;
import org.opendrimbox.it.support.PeerTrust;
import org.opendrimbox.it.support.PublishedStudy;
import org.opendrimbox.it.support.RawHttps;
import org.opendrimbox.it.support.SharedBox;

/**
 * Every request of the ANS WADO-RS samples ({@code test a blanc/} and {@code Echantillons validateurs/Validateur
 * WADO-RS/}, copied in {@code src/test/resources/ans-wado-rs}) replayed byte for byte against the deployed box, over
 * mutual TLS with the whitelisted peer's certificate and a real PSC token: only the UIDs (the published study, its
 * first series and instance), the bearer token, the KOS id and the Host are replaced; Accept headers, their order
 * and spelling are kept. Each answer is checked: status, Content-Type, boundaries, the transfer syntax of every
 * part, the objects returned (parsed with the project's DICOM library) and the INS in Other Patient IDs.
 */
@ExtendWith(SharedBox.class)
class AnsSampleReplayIT {

  private static final String SAMPLES = "/ans-wado-rs/";

  private static PublishedStudy study;
  private static String token;
  private static SSLContext peer;

  @BeforeAll
  static void publishAndLogIn() throws Exception {
    study = PublishedStudy.get();
    token = SharedBox.psc().token("10001234567");
    peer = SharedBox.trust().peer(PeerTrust.PEER_ORG);
  }

  @TestFactory
  Stream<DynamicTest> everyAnsSampleRequestIsServed() {
    List<String> requests = index().stream().filter(n -> !n.equals("sample-response.txt")).toList();
    assertThat(requests).hasSize(20);
    return requests.stream().map(name -> DynamicTest.dynamicTest(name, () -> replay(name)));
  }

  /** The answer has the shape of the ANS response sample: multipart/related of application/dicom, boundary. */
  @Test
  void answerHeadersHaveTheShapeOfTheAnsResponseSample() {
    String sample = resource("sample-response.txt");
    assertThat(sample).contains("HTTP/1.1 200 OK", "Content-Type: multipart/related;", "type=\"application/dicom\"",
        "boundary=");
    String series = study.seriesUids().get(0);
    RawHttps.Response r = WadoPeer.get(peer, "/studies/" + study.studyUid() + "/series/" + series,
        "Accept: " + WadoPeer.ANS_ACCEPT, "Authorization: Bearer " + token, "KOS-SOPInstanceUID: " + study.kosUid());
    assertThat(r.status()).isEqualTo(200);
    assertThat(WadoPeer.parts(r, "application/dicom")).hasSize(study.instancesBySeries().get(series).size());
  }

  /** A grant is audited with the professional's RPPS and the peer's certificate DN. */
  @Test
  void grantedRetrievalIsAudited() {
    String path = "/studies/" + study.studyUid() + "/series/" + study.seriesUids().get(1);
    RawHttps.Response r = WadoPeer.get(peer, path, "Accept: " + WadoPeer.ANS_ACCEPT, "Authorization: Bearer " + token,
        "KOS-SOPInstanceUID: " + study.kosUid());
    assertThat(r.status()).isEqualTo(200);
    JsonObject row = AuditReader.await("PEER_ACCESS", AuditReader.record("SUCCESS", path, "granted"), "granted");
    assertThat(row.getString("actorId")).isEqualTo("10001234567");
    assertThat(row.getString("peerDn")).contains("OU=" + PeerTrust.PEER_ORG);
  }

  private void replay(String name) {
    String[] lines = resource(name).split("\r?\n", -1);
    String[] requestLine = lines[0].split(" ");
    String target = requestLine[1];
    int at = target.indexOf("/studies/");
    String path = at < 0 ? "/rs" : rewrite(target.substring(at));
    StringBuilder head = new StringBuilder("GET " + WadoPeer.BASE + path + " " + requestLine[2] + "\r\nHost: 127.0.0.1:"
        + SharedBox.httpsPort());
    for (int i = 1; i < lines.length && !lines[i].isEmpty(); i++) {
      String line = lines[i];
      String header = line.substring(0, line.indexOf(':')).strip();
      if (header.equalsIgnoreCase("Host") || header.equalsIgnoreCase("Connection")) {
        continue;
      }
      if (header.equalsIgnoreCase("Authorization")) {
        line = header + ": Bearer " + token;
      } else if (header.equalsIgnoreCase("KOS-SOPInstanceUID")) {
        line = header + ": " + study.kosUid();
      }
      head.append("\r\n").append(line);
    }
    head.append("\r\nConnection: close");
    RawHttps.Response r = WadoPeer.exchange(peer, head.toString());
    assertThat(r.status()).as(name + ": " + r.text()).isEqualTo(200);
    if (at < 0) {
      JsonObject health = Json.createReader(new StringReader(r.text())).readObject();
      assertThat(r.header("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
      assertThat(health.getString("status")).isEqualTo("UP");
      return;
    }
    checkAnswer(path, r);
  }

  private static void checkAnswer(String path, RawHttps.Response r) {
    String[] seg = path.split("/");
    String series = seg.length > 4 ? seg[4] : null;
    String instance = seg.length > 6 ? seg[6] : null;
    if (path.contains("/frames/")) {
      List<WadoPeer.Part> parts = WadoPeer.parts(r, "application/octet-stream");
      assertThat(parts).hasSize(1);
      assertThat(parts.get(0).body()).as("frame 1 = the pixel data of the single-frame instance")
          .isEqualTo(study.pixelData().get(instance));
      return;
    }
    List<WadoPeer.Part> parts = WadoPeer.parts(r, "application/dicom");
    Set<String> expected = instance != null ? Set.of(instance)
        : series != null ? Set.copyOf(study.instancesBySeries().get(series)) : study.pixelData().keySet();
    Set<String> returned = parts.stream().map(p -> WadoPeer.dicom(p, study).getString(Tag.SOPInstanceUID))
        .collect(Collectors.toSet());
    assertThat(parts).hasSize(expected.size());
    assertThat(returned).isEqualTo(expected);
  }

  /** studies/{a}/series/{b}/instances/{c}/frames/{n} with the published study's UIDs. */
  private static String rewrite(String samplePath) {
    List<String> seg = new ArrayList<>(Arrays.asList(samplePath.split("/")));
    String series = study.seriesUids().get(0);
    if (seg.size() > 2) {
      seg.set(2, study.studyUid());
    }
    if (seg.size() > 4) {
      seg.set(4, series);
    }
    if (seg.size() > 6) {
      seg.set(6, study.instancesBySeries().get(series).get(0));
    }
    return String.join("/", seg);
  }

  private static List<String> index() {
    return resource("index.txt").lines().filter(l -> !l.isBlank()).map(String::strip).toList();
  }

  private static String resource(String name) {
    try (InputStream in = AnsSampleReplayIT.class.getResourceAsStream(SAMPLES + name)) {
      if (in == null) {
        throw new IllegalStateException("missing sample " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
