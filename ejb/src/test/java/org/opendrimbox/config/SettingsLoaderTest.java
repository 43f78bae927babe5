package org.opendrimbox.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsLoaderTest {

  private static DrimboxSettings load(Map<String, String> env, Map<String, String> props) {
    return new SettingsLoader(env::get, props::get).load();
  }

  @Test
  void defaultsApplyWhenNothingIsSet() {
    DrimboxSettings s = load(Map.of(), Map.of("jboss.server.data.dir", "/srv/data"));
    assertThat(s.baseUrl()).hasToString("http://127.0.0.1:8080");
    assertThat(s.aet()).isEqualTo("DRIMBOX");
    assertThat(s.dicomPort()).isEqualTo(11112);
    assertThat(s.hl7Port()).isEqualTo(2575);
    assertThat(s.pacs()).isEqualTo(new AeAddress("ORTHANC", "127.0.0.1", 4242));
    assertThat(s.dmpUrl()).hasToString("http://127.0.0.1:8080/dmp-simulator");
    assertThat(s.dataDir()).hasToString("/srv/data/drimbox");
    assertThat(s.wadoRsBase()).isEqualTo("http://127.0.0.1:8080/drimbox/dicomweb");
    assertThat(s.pacsWait()).isEqualTo(java.time.Duration.ofHours(48));
    assertThat(s.retryBase()).isEqualTo(java.time.Duration.ofSeconds(30));
    assertThat(s.retryMax()).isEqualTo(java.time.Duration.ofHours(1));
  }

  @Test
  void retryDelaysMustBePositive() {
    assertThatThrownBy(() -> load(Map.of("DRIMBOX_RETRY_BASE_SECONDS", "0"), Map.of()))
        .hasMessageContaining("DRIMBOX_RETRY_BASE_SECONDS='0': must be positive");
  }

  @Test
  void environmentWinsOverSystemProperties() {
    DrimboxSettings s =
        load(
            Map.of("DRIMBOX_AET", "BOX_ENV", "DRIMBOX_PACS", "DCM4CHEE@pacs.example:11112"),
            Map.of("drimbox.aet", "BOX_PROP", "drimbox.dicom-port", "11212", "drimbox.base-url", "https://box.example"));
    assertThat(s.aet()).isEqualTo("BOX_ENV");
    assertThat(s.dicomPort()).isEqualTo(11212);
    assertThat(s.baseUrl()).hasToString("https://box.example");
    assertThat(s.pacs()).isEqualTo(new AeAddress("DCM4CHEE", "pacs.example", 11112));
  }

  @Test
  void everyInvalidValueIsReportedAtOnce() {
    assertThatThrownBy(
            () ->
                load(
                    Map.of(
                        "DRIMBOX_AET", "A_TITLE_FAR_TOO_LONG",
                        "DRIMBOX_HL7_PORT", "70000",
                        "DRIMBOX_PACS", "no-at-sign",
                        "DRIMBOX_BASE_URL", "ftp://box/"),
                    Map.of()))
        .isInstanceOfSatisfying(
            InvalidSettingsException.class,
            e -> {
              assertThat(e.problems()).hasSize(4);
              assertThat(e.getMessage())
                  .contains("DRIMBOX_AET='A_TITLE_FAR_TOO_LONG'")
                  .contains("DRIMBOX_HL7_PORT='70000': port out of range")
                  .contains("DRIMBOX_PACS='no-at-sign': 'no-at-sign' is not of the form AET@host:port")
                  .contains("DRIMBOX_BASE_URL='ftp://box/': not an absolute http(s) URL");
            });
  }

  @Test
  void listenerPortsMustDiffer() {
    assertThatThrownBy(() -> load(Map.of("DRIMBOX_DICOM_PORT", "2575"), Map.of()))
        .hasMessageContaining("DRIMBOX_DICOM_PORT and DRIMBOX_HL7_PORT must differ");
  }

  @Test
  void dmpDefaults() {
    DmpSettings d = load(Map.of(), Map.of("jboss.server.data.dir", "/srv/data")).dmp();
    assertThat(d.trustStore()).isNull();
    assertThat(d.trustStorePassword()).isNull();
    assertThat(d.credentialsDir()).hasToString("/srv/data/drimbox/dmp-credentials");
    assertThat(d.keyStorePassword()).isNull();
    assertThat(d.sourceId()).isEqualTo(DmpSettings.DEVELOPMENT_SOURCE_ID);
    assertThat(d.lpsId()).isEqualTo("OpenDRIMbox");
    assertThat(d.lpsName()).isEqualTo("OpenDRIMbox");
    assertThat(d.lpsVersion()).isNotBlank();
    assertThat(d.homologation()).isEqualTo(DmpSettings.NOT_HOMOLOGATED);
    assertThat(d.timeout()).isEqualTo(java.time.Duration.ofSeconds(30));
  }

  @Test
  void dmpSettingsFromTheEnvironmentAndPasswordsNeverPrinted(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path trust = java.nio.file.Files.writeString(dir.resolve("trust.p12"), "x");
    DmpSettings d = load(Map.of("DRIMBOX_DMP_TRUSTSTORE", trust.toString(),
        "DRIMBOX_DMP_TRUSTSTORE_PASSWORD", "s3cret-trust", "DRIMBOX_DMP_CREDENTIALS_DIR", "/etc/drimbox/orgs",
        "DRIMBOX_DMP_KEYSTORE_PASSWORD", "s3cret-keys", "DRIMBOX_DMP_SOURCE_ID", "1.2.250.1.999.7",
        "DRIMBOX_LPS_ID", "LPS-1", "DRIMBOX_LPS_NAME", "Box", "DRIMBOX_LPS_VERSION", "2.0",
        "DRIMBOX_DMP_HOMOLOGATION", "CNDA-42", "DRIMBOX_DMP_TIMEOUT_SECONDS", "7"), Map.of()).dmp();
    assertThat(d.trustStore()).isEqualTo(trust);
    assertThat(d.trustStorePassword()).containsExactly("s3cret-trust".toCharArray());
    assertThat(d.credentialsDir()).hasToString("/etc/drimbox/orgs");
    assertThat(d.keyStorePassword()).containsExactly("s3cret-keys".toCharArray());
    assertThat(d.sourceId()).isEqualTo("1.2.250.1.999.7");
    assertThat(d.lpsId()).isEqualTo("LPS-1");
    assertThat(d.lpsName()).isEqualTo("Box");
    assertThat(d.lpsVersion()).isEqualTo("2.0");
    assertThat(d.homologation()).isEqualTo("CNDA-42");
    assertThat(d.timeout()).isEqualTo(java.time.Duration.ofSeconds(7));
    assertThat(d.toString()).doesNotContain("s3cret");
  }

  @Test
  void invalidDmpSettingsAreReported() {
    assertThatThrownBy(() -> load(Map.of("DRIMBOX_DMP_TRUSTSTORE", "/nonexistent/trust.p12",
        "DRIMBOX_DMP_SOURCE_ID", "not.an.oid", "DRIMBOX_DMP_TIMEOUT_SECONDS", "0"), Map.of()))
        .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.getMessage())
            .contains("DRIMBOX_DMP_TRUSTSTORE='/nonexistent/trust.p12': not a readable file")
            .contains("DRIMBOX_DMP_SOURCE_ID='not.an.oid': not an OID")
            .contains("DRIMBOX_DMP_TIMEOUT_SECONDS='0': must be positive"));
  }

  @Test
  void propertyNamesFollowTheEnvironmentNames() {
    assertThat(SettingsLoader.propertyName("DRIMBOX_DICOM_PORT")).isEqualTo("drimbox.dicom-port");
    assertThat(SettingsLoader.propertyName("DRIMBOX_AET")).isEqualTo("drimbox.aet");
  }

  @Test
  void trustDefaultsAreStrict() {
    TrustSettings t = load(Map.of(), Map.of()).trust();
    assertThat(t.mode()).isEqualTo(TrustSettings.Mode.STRICT);
    assertThat(t.whitelist()).isEmpty();
    assertThat(t.trustAnchors()).isNull();
    assertThat(t.crls()).isEmpty();
    assertThat(t.introspectionUrl()).isNull();
    assertThat(t.requiredScope()).isEqualTo("scope_all");
    assertThat(t.clientSecret()).isEmpty();
  }

  @Test
  void trustSettingsAreReadAndTheSecretOnlyFromTheEnvironment() {
    TrustSettings t = load(Map.of("DRIMBOX_WHITELIST", "/etc/drimbox/liste.xml",
            "DRIMBOX_TRUST_CRLS", "/etc/a.crl, /etc/b.crl",
            "DRIMBOX_PSC_INTROSPECTION_URL", "http://127.0.0.1:8089/psc/introspect",
            "DRIMBOX_PSC_CLIENT_SECRET", "s3cret"),
        Map.of("drimbox.psc-client-secret", "ignored", "drimbox.psc-client-id", "box1")).trust();
    assertThat(t.whitelist()).isEqualTo("/etc/drimbox/liste.xml");
    assertThat(t.crls()).extracting(Object::toString).containsExactly("/etc/a.crl", "/etc/b.crl");
    assertThat(t.introspectionUrl()).hasToString("http://127.0.0.1:8089/psc/introspect");
    assertThat(t.clientId()).isEqualTo("box1");
    assertThat(t.clientSecret()).isEqualTo("s3cret");
    assertThat(t.toString()).doesNotContain("s3cret");
  }

  @Test
  void demoTrustModeNeedsAnExplicitConfirmation() {
    assertThatThrownBy(() -> load(Map.of("DRIMBOX_TRUST_MODE", "demo"), Map.of()))
        .hasMessageContaining("DRIMBOX_TRUST_DEMO_CONFIRM=accept-unverified-peers");
    assertThatThrownBy(() -> load(Map.of(), Map.of("drimbox.trust-mode", "demo",
            "drimbox.trust-demo-confirm", TrustSettings.DEMO_CONFIRMATION)))
        .hasMessageContaining("DRIMBOX_TRUST_DEMO_CONFIRM");
    assertThat(load(Map.of("DRIMBOX_TRUST_MODE", "demo", "DRIMBOX_TRUST_DEMO_CONFIRM",
        TrustSettings.DEMO_CONFIRMATION), Map.of()).trust().demo()).isTrue();
    assertThatThrownBy(() -> load(Map.of("DRIMBOX_TRUST_MODE", "lenient"), Map.of()))
        .hasMessageContaining("DRIMBOX_TRUST_MODE='lenient': must be strict or demo");
  }
}
