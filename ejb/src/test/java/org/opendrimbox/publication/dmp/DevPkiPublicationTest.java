package org.opendrimbox.publication.dmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.config.DrimboxSettings;
import org.opendrimbox.config.SettingsLoader;
import org.opendrimbox.dmp.DmpClient;
import org.opendrimbox.dmp.DmpRejectedException;
import org.opendrimbox.dmp.KosPublication;
import org.opendrimbox.dmp.Organisation;
import org.opendrimbox.dmp.PublishResult;
import org.opendrimbox.dmpsim.DmpSimulator;
import org.opendrimbox.dmpsim.SimulatorConfig;
import org.opendrimbox.dmpsim.standalone.EmbeddedSimulatorServer;
import org.opendrimbox.dmpsim.store.StoredEntry;
import org.opendrimbox.dmpsim.validation.ValidationOptions;
import org.opendrimbox.intake.ReportMessage;
import org.opendrimbox.xds.rim.ExtrinsicObject;
import org.opendrimbox.xds.rim.XdsIds;
import org.opendrimbox.xds.sign.CertificateTrust;
import org.opendrimbox.xds.testpki.Xmlsec1;

/**
 * End to end with the development PKI: {@code bin/dev-pki} generates the CA, the organisation's
 * AUTH/SIGN stores and the trust store; the settings point at them; the produced client publishes
 * exam C's KOS (built by the KOS builder, mapped by {@link KosPublicationMapper}) over mutual TLS
 * to the DMP simulator, which verifies the VIHF and XAdES signatures against that CA.
 */
class DevPkiPublicationTest {
  static final String KOS_UID = "1.2.250.1.213.4.5.2.3.103.999.7";
  @TempDir Path dir;

  @Test
  void examCPublishesAsItsOrganisationWithTheDevelopmentPki() throws Exception {
    ReportMessage report = KosPublicationMapperTest.examC();
    byte[] kos = ExamCKos.build(report, KOS_UID).bytes();
    KosPublication publication = new KosPublicationMapper().map(report, kos, KOS_UID,
        TestKos.STUDY_UID, List.of("CT", "SR"), Instant.parse("2026-11-29T04:00:00Z"));
    String org = publication.organisation().identifier();

    Path pki = dir.resolve("pki");
    String output = devPki(pki);
    assertThat(output).contains("dev-pki: created the CA");
    assertThat(pki.resolve("credentials").resolve(org).resolve("auth.p12")).isRegularFile();
    assertThat(pki.resolve("credentials").resolve(org).resolve("sign.p12")).isRegularFile();
    assertThat(pki.resolve("server.p12")).isRegularFile();
    long caModified = Files.getLastModifiedTime(pki.resolve("ca/ca.p12")).toMillis();
    assertThat(devPki(pki)).doesNotContain("created");
    assertThat(Files.getLastModifiedTime(pki.resolve("ca/ca.p12")).toMillis())
        .isEqualTo(caModified);

    char[] password = Files.readString(pki.resolve("password")).toCharArray();
    KeyStore trust = load(pki.resolve("truststore.p12"), password);
    DmpSimulator simulator = new DmpSimulator(new SimulatorConfig(dir.resolve("sim"),
        SimulatorConfig.DEFAULT_REPOSITORY, ValidationOptions.STRICT, CertificateTrust.of(trust),
        Duration.ZERO), Clock.systemUTC());
    try (EmbeddedSimulatorServer server = EmbeddedSimulatorServer.start(simulator,
        serverTls(load(pki.resolve("server.p12"), password), trust, password))) {
      DmpClientProducer producer = new DmpClientProducer();
      producer.settings = settings(server, pki, password);
      producer.checkAtStartup(new Object());
      DmpClient client = producer.dmpClient();
      PublishResult result = client.publish(publication);
      assertThat(result.documentUniqueId()).isEqualTo(KOS_UID);
      assertStored(simulator.registry().byUniqueId(KOS_UID).orElseThrow(), kos);
      assertThat(simulator.registry().content(KOS_UID)).contains(kos);
      verifyWithXmlsec1(simulator.registry().content(result.signatureUniqueId()).orElseThrow(),
          pki);
      assertNoCredentialsIsAReadableRejection(client, publication);
    }
  }

  /** The XAdES signature made with the keytool-made SIGN store verifies independently. */
  private void verifyWithXmlsec1(byte[] signature, Path pki) throws Exception {
    Xmlsec1.Result r = Xmlsec1.verify(signature, Files.readString(pki.resolve("ca/ca.pem")), dir);
    assertThat(r.exitCode()).as(r.output()).isZero();
  }

  private static void assertNoCredentialsIsAReadableRejection(DmpClient client,
      KosPublication p) {
    Organisation other = new Organisation("1999999999", "Elsewhere",
        p.organisation().facilityType(), p.organisation().practiceSetting());
    KosPublication elsewhere = new KosPublication(p.kos(), p.kosSopInstanceUid() + ".1",
        p.patient(), p.studyInstanceUid(), p.accessionNumbers(), p.orderNumbers(),
        p.modalities(), p.regions(), p.author(), other, p.confidentiality(), p.creationTime(),
        p.serviceStart(), p.serviceStop(), p.title(), p.comments(), p.languageCode(),
        p.contentType());
    assertThatThrownBy(() -> client.publish(elsewhere))
        .isInstanceOfSatisfying(DmpRejectedException.class, e -> {
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.errors()).singleElement().satisfies(err -> {
            assertThat(err.code()).isEqualTo("DRIMBOX_NO_ORG_CERTIFICATE");
            assertThat(err.context()).contains("1999999999");
          });
        });
  }

  private static void assertStored(StoredEntry e, byte[] kos) {
    ExtrinsicObject m = e.metadata();
    assertThat(e.status()).isEqualTo(XdsIds.APPROVED);
    assertThat(e.submitterStructure()).isEqualTo("1750803447");
    assertThat(m.externalId(XdsIds.DE_PATIENT_ID))
        .contains("279035121518989^^^&1.2.250.1.213.1.4.10&ISO^NH");
    assertThat(m.slotValues("sourcePatientInfo")).containsExactly(
        "PID-5|PAT-TROIS^DOMINIQUE^^^^^L", "PID-7|19790328", "PID-8|F",
        "PID-11|^^^^^^BDL^^51215");
    assertThat(m.slotValue("legalAuthenticator"))
        .contains("801234560801^^^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS");
    assertThat(m.classifications(XdsIds.DE_AUTHOR)).singleElement().satisfies(a ->
        assertThat(a.slotValue("authorInstitution")).contains(
            "Centre de radiologie Ambroise^^^^^&1.2.250.1.71.4.2.2&ISO^IDNST^^^1750803447"));
    assertThat(codes(m, XdsIds.DE_EVENT_CODE)).containsExactlyInAnyOrder(
        "CT^1.2.250.1.213.1.1.5.618", "774007^1.2.250.1.213.1.1.5.695");
    assertThat(codes(m, XdsIds.DE_CONFIDENTIALITY)).containsExactlyInAnyOrder(
        "N^2.16.840.1.113883.5.25", "INVISIBLE_PATIENT^1.2.250.1.213.1.1.4.13");
    assertThat(codes(m, XdsIds.DE_FACILITY_TYPE)).containsExactly("SA08^1.2.250.1.71.4.2.4");
    assertThat(codes(m, XdsIds.DE_PRACTICE_SETTING))
        .containsExactly("AMBULATOIRE^1.2.250.1.213.1.1.4.9");
    assertThat(codes(m, XdsIds.DE_TYPE_CODE)).containsExactly("IMG-KOS^1.2.250.1.213.1.1.4.12");
    assertThat(m.slotValues(XdsIds.REFERENCE_ID_LIST)).containsExactly(
        "ACN103^^^&1.2.250.1.925.994044.27&ISO^urn:ihe:iti:xds:2013:accession",
        TestKos.STUDY_UID + "^^^&1.2.3.4.5.6&ISO^urn:ihe:iti:xds:2016:studyInstanceUID",
        "OPN103^^^&1.2.250.1.748.12345678.12&ISO^urn:ihe:iti:xds:2013:order");
    assertThat(m.slotValue("serviceStartTime")).contains("20210108092500");
    assertThat(m.slotValue("serviceStopTime")).contains("20210108101700");
    assertThat(m.slotValue("creationTime")).contains("20261129040000");
    assertThat(m.slotValue("languageCode")).contains("fr-FR");
    assertThat(m.slotValue("size")).contains(String.valueOf(kos.length));
    assertThat(m.description()).isEqualTo("CT Head W contrast IV");
  }

  private static List<String> codes(ExtrinsicObject m, String scheme) {
    return m.codes(scheme).stream().map(c -> c.code() + "^" + c.codingScheme()).toList();
  }

  private DrimboxSettings settings(EmbeddedSimulatorServer server, Path pki, char[] password) {
    Map<String, String> env = new HashMap<>();
    env.put("DRIMBOX_DMP_URL", server.baseUri().toString());
    env.put("DRIMBOX_DMP_TRUSTSTORE", pki.resolve("truststore.p12").toString());
    env.put("DRIMBOX_DMP_TRUSTSTORE_PASSWORD", new String(password));
    env.put("DRIMBOX_DMP_CREDENTIALS_DIR", pki.resolve("credentials").toString());
    env.put("DRIMBOX_LPS_ID", "OpenDRIMbox-test");
    env.put("DRIMBOX_DMP_TIMEOUT_SECONDS", "60");
    Map<String, String> props = Map.of("jboss.server.data.dir", dir.toString());
    return new SettingsLoader(env::get, props::get).load();
  }

  /** Runs bin/dev-pki into a directory; returns its output. */
  private static String devPki(Path target) throws IOException, InterruptedException {
    Path script = Path.of(System.getProperty("user.dir")).resolve("../bin/dev-pki").normalize();
    assertThat(script).isExecutable();
    Process p = new ProcessBuilder("bash", script.toString(), target.toString())
        .redirectErrorStream(true).start();
    try (InputStream out = p.getInputStream()) {
      String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(5, TimeUnit.MINUTES)).as(text).isTrue();
      assertThat(p.exitValue()).as(text).isZero();
      return text;
    } finally {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
  }

  private static KeyStore load(Path p12, char[] password)
      throws IOException, GeneralSecurityException {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(p12)) {
      ks.load(in, password);
    }
    return ks;
  }

  private static SSLContext serverTls(KeyStore keys, KeyStore trust, char[] password)
      throws GeneralSecurityException {
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keys, password);
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
    return tls;
  }
}
