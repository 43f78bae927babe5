package org.opendrimbox.publication.dmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.config.DmpSettings;
import org.opendrimbox.dmp.DmpClientConfig;
import org.opendrimbox.dmp.OrganisationCredentials;
import org.opendrimbox.xds.testpki.TestPki;

/** Credentials directory layout, passwords and warnings of {@link DmpClientConfigFactory}. */
class DmpClientConfigFactoryTest {
  static final URI DMP = URI.create("https://dmp.example/si-dmp-server/v2/services");
  static final TestPki PKI = new TestPki("factory test CA");
  static TestPki.Entity key;
  @TempDir Path dir;

  @BeforeAll
  static void keys() {
    key = PKI.signer("CN=test, OU=1750803447");
  }

  private DmpSettings settings(Path credentials, char[] keyStorePassword) {
    return new DmpSettings(null, null, credentials, keyStorePassword, "1.2.3.4", "lps-id",
        "OpenDRIMbox", "1.0", "HOMOL-1", Duration.ofSeconds(12));
  }

  private Path org(String id, boolean withSign) {
    Path org = dir.resolve("credentials").resolve(id);
    TestPki.writeP12(PKI.keyStore(key), mkdirs(org).resolve("auth.p12"));
    if (withSign) {
      TestPki.writeP12(PKI.keyStore(key), org.resolve("sign.p12"));
    }
    return org;
  }

  private static Path mkdirs(Path p) {
    try {
      return Files.createDirectories(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void settingsBecomeTheClientConfiguration() {
    org("1750803447", true);
    DmpClientConfigFactory.Result r = DmpClientConfigFactory.create(DMP,
        settings(dir.resolve("credentials"), TestPki.PASSWORD));
    DmpClientConfig c = r.config();
    assertThat(r.warnings()).isEmpty();
    assertThat(c.baseUrl()).isEqualTo(DMP);
    assertThat(c.repositoryUrl()).hasToString(DMP + "/repository");
    assertThat(c.trustStore()).isNull();
    assertThat(c.sourceId()).isEqualTo("1.2.3.4");
    assertThat(c.deviceAuthor()).isNull();
    assertThat(c.lpsId()).isEqualTo("lps-id");
    assertThat(c.lpsName()).isEqualTo("OpenDRIMbox");
    assertThat(c.lpsVersion()).isEqualTo("1.0");
    assertThat(c.homologation()).isEqualTo("HOMOL-1");
    assertThat(c.sha1Signatures()).isTrue();
    assertThat(c.connectTimeout()).isEqualTo(Duration.ofSeconds(12));
    assertThat(c.requestTimeout()).isEqualTo(Duration.ofSeconds(12));
    assertThat(c.credentials()).singleElement().satisfies(o -> {
      assertThat(o.organisationId()).isEqualTo("1750803447");
      assertThat(o.authKeyStore()).isEqualTo(dir.resolve("credentials/1750803447/auth.p12"));
      assertThat(o.signKeyStore()).isEqualTo(dir.resolve("credentials/1750803447/sign.p12"));
      assertThat(o.authPassword()).containsExactly(TestPki.PASSWORD);
    });
  }

  @Test
  void aPasswordFileWinsOverTheCommonPassword() throws Exception {
    Files.writeString(org("1750803447", true).resolve("password"), "changeit\n");
    DmpClientConfigFactory.Result r = DmpClientConfigFactory.create(DMP,
        settings(dir.resolve("credentials"), "wrong".toCharArray()));
    assertThat(r.warnings()).isEmpty();
    assertThat(r.config().credentials()).extracting(OrganisationCredentials::organisationId)
        .containsExactly("1750803447");
    assertThat(r.config().credentials().get(0).signPassword()).containsExactly(TestPki.PASSWORD);
  }

  @Test
  void unusableOrganisationsAreSkippedWithAReason() throws Exception {
    org("111", false);
    org("222", true);
    org("333", true);
    Files.writeString(dir.resolve("credentials/333/password"), "not-the-password");
    DmpClientConfigFactory.Result r = DmpClientConfigFactory.create(DMP,
        settings(dir.resolve("credentials"), null));
    assertThat(r.config().credentials()).isEmpty();
    assertThat(r.warnings()).containsExactly(
        "DMP credentials of organisation 111 skipped: auth.p12 and sign.p12 are both required in "
            + dir.resolve("credentials/111"),
        "DMP credentials of organisation 222 skipped: no password file and no "
            + "DRIMBOX_DMP_KEYSTORE_PASSWORD",
        r.warnings().get(2),
        "DMP credentials directory " + dir.resolve("credentials") + " holds no usable "
            + "organisation: no organisation can publish to the DMP");
    assertThat(r.warnings().get(2))
        .startsWith("DMP credentials of organisation 333 skipped: auth.p12 cannot be opened");
  }

  @Test
  void aMissingDirectoryIsAWarningNotAFailure() {
    DmpClientConfigFactory.Result r = DmpClientConfigFactory.create(DMP,
        settings(dir.resolve("absent"), TestPki.PASSWORD));
    assertThat(r.config().credentials()).isEmpty();
    assertThat(r.warnings()).containsExactly("DMP credentials directory " + dir.resolve("absent")
        + " (DRIMBOX_DMP_CREDENTIALS_DIR) does not exist: no organisation can publish to the DMP");
  }
}
