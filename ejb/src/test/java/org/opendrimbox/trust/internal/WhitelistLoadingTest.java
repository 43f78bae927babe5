package org.opendrimbox.trust.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.config.TrustSettings;
import org.opendrimbox.trust.TestTrustPki;
import org.opendrimbox.trust.TestWhitelistSigner;
import org.opendrimbox.trust.Whitelist;
import org.opendrimbox.trust.WhitelistFixtures;
import org.opendrimbox.trust.WhitelistRejectedException;

/** Loading as the box does: list, anchors (PEM bundle) and CRL read from files or an http URL. */
class WhitelistLoadingTest {

  private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  @TempDir static Path dir;
  private static Path list;
  private static Path anchors;
  private static Path crl;

  @BeforeAll
  static void files() throws Exception {
    TestTrustPki pki = new TestTrustPki("LOAD", NOW);
    TestTrustPki.Issued signer = pki.issue("CN=Liste Blanche DRIM-M,OU=318751275100020,O=ANS,C=FR");
    list = Files.write(dir.resolve("liste.xml"), TestWhitelistSigner.sign(
        WhitelistFixtures.bytes(WhitelistFixtures.UNSIGNED), signer.keys().getPrivate(),
        List.of(signer.certificate(), pki.intermediate(), pki.root())));
    anchors = Files.writeString(dir.resolve("anchors.pem"),
        pem("CERTIFICATE", pki.root().getEncoded()) + pem("CERTIFICATE", pki.intermediate().getEncoded()));
    crl = Files.write(dir.resolve("org.crl"), pki.crl().getEncoded());
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
        + "\n-----END " + type + "-----\n";
  }

  private static TrustSettings settings(TrustSettings.Mode mode, String whitelist, List<Path> crls) {
    return new TrustSettings(mode, whitelist, anchors, crls, null, null, "drimbox", "", "scope_all", "");
  }

  private static final java.net.http.HttpClient HTTP = IntrospectionClient.httpClient(Duration.ofSeconds(2));

  @Test
  void signedListWithPemAnchorsAndDerCrlFromFiles() throws Exception {
    Whitelist w = WhitelistLoading.load(settings(TrustSettings.Mode.STRICT, list.toString(), List.of(crl)),
        HTTP, CLOCK);
    assertThat(w.verification().fullyVerified()).isTrue();
    assertThat(w.entries()).hasSize(6);
  }

  @Test
  void strictModeWithoutCrlRefusesTheList() {
    assertThatThrownBy(() -> WhitelistLoading.load(settings(TrustSettings.Mode.STRICT, list.toString(), List.of()),
        HTTP, CLOCK)).isInstanceOf(WhitelistRejectedException.class).hasMessageContaining("no CRL");
  }

  @Test
  void unsignedAnsListIsRefusedInStrictModeAndUsableInDemoMode() throws Exception {
    Path unsigned = Files.write(dir.resolve("unsigned.xml"), WhitelistFixtures.bytes(WhitelistFixtures.UNSIGNED));
    assertThatThrownBy(() -> WhitelistLoading.load(
        settings(TrustSettings.Mode.STRICT, unsigned.toString(), List.of(crl)), HTTP, CLOCK))
        .isInstanceOf(WhitelistRejectedException.class).hasMessageContaining("not signed");
    Whitelist demo = WhitelistLoading.load(settings(TrustSettings.Mode.DEMO, unsigned.toString(), List.of(crl)),
        HTTP, CLOCK);
    assertThat(demo.verification().signed()).isFalse();
    assertThat(demo.findByDbHost("db175.test.mesimagesmedicales.fr")).isPresent();
  }

  @Test
  void listFromAnHttpUrl() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] body = Files.readAllBytes(list);
    server.createContext("/liste.xml", ex -> {
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort();
      Whitelist w = WhitelistLoading.load(settings(TrustSettings.Mode.STRICT, url + "/liste.xml", List.of(crl)),
          HTTP, CLOCK);
      assertThat(w.verification().fullyVerified()).isTrue();
      assertThatThrownBy(() -> WhitelistLoading.load(
          settings(TrustSettings.Mode.STRICT, url + "/missing.xml", List.of(crl)), HTTP, CLOCK))
          .isInstanceOf(IOException.class).hasMessageContaining("HTTP 404");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void unreadableFilesAreIoErrors() {
    assertThatThrownBy(() -> WhitelistLoading.load(
        settings(TrustSettings.Mode.STRICT, dir.resolve("none.xml").toString(), List.of(crl)), HTTP, CLOCK))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> WhitelistLoading.load(settings(TrustSettings.Mode.STRICT, list.toString(),
        List.of(list)), HTTP, CLOCK)).isInstanceOf(IOException.class);
    assertThat(new String(WhitelistFixtures.bytes(WhitelistFixtures.UNSIGNED), StandardCharsets.UTF_8))
        .contains("ListeBlancheDRIM-M");
  }
}
