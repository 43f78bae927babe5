package org.opendrimbox.xds.sign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.TrustAnchor;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opendrimbox.xds.testpki.TestPki;
import org.opendrimbox.xds.testpki.Xmlsec1;

class XadesSourceSignerTest {
  static TestPki pki;
  static TestPki.Entity signer;
  static final byte[] KOS = "DICM fake kos bytes".getBytes(StandardCharsets.US_ASCII);

  @BeforeAll
  static void pki() {
    pki = new TestPki("Signer test CA");
    signer = pki.signer(TestPki.SIGNER_DN);
  }

  private static byte[] sign(SignatureProfile profile) {
    return new XadesSourceSigner(signer.signingKey(), profile).sign("2.25.1234", "1.2.3.9",
        Map.of("1.2.3.4", KOS), OffsetDateTime.parse("2026-01-02T10:00:00+01:00"));
  }

  @ParameterizedTest
  @EnumSource(SignatureProfile.class)
  void signedDocumentVerifiesAndStatesTheManifest(SignatureProfile profile) {
    SourceSignature s = XadesVerifier.verify(sign(profile), XadesVerifier.Mode.FULL);
    assertThat(s.valueVerified()).isTrue();
    assertThat(s.signatureId()).isEqualTo("2.25.1234");
    assertThat(s.purpose()).isEqualTo(XadesSourceSigner.PURPOSE_SOURCE);
    assertThat(s.certificate()).isEqualTo(signer.certificate());
    assertThat(s.manifest()).containsOnlyKeys("urn:oid:1.2.3.9", "urn:oid:1.2.3.4");
    assertThat(s.manifest().get("urn:oid:1.2.3.4").matches(KOS)).isTrue();
    assertThat(s.manifest().get("urn:oid:1.2.3.4").matches(new byte[] {1})).isFalse();
    new CertificateTrust(Set.of(new TrustAnchor(pki.caCertificate(), null)))
        .check(s.certificate());
  }

  @Test
  void tamperedManifestIsRejected() {
    String xml = new String(sign(SignatureProfile.RSA_SHA256), StandardCharsets.UTF_8);
    String tampered = xml.replace("URI=\"urn:oid:1.2.3.4\"", "URI=\"urn:oid:1.2.3.5\"");
    assertThat(tampered).isNotEqualTo(xml);
    assertThatThrownBy(() -> XadesVerifier.verify(tampered.getBytes(StandardCharsets.UTF_8),
        XadesVerifier.Mode.FULL)).isInstanceOf(XmlSignatureException.class);
    assertThat(XadesVerifier.verify(tampered.getBytes(StandardCharsets.UTF_8),
        XadesVerifier.Mode.STRUCTURE).valueVerified()).isFalse();
  }

  @Test
  void untrustedSignerIsRejected() {
    TestPki other = new TestPki("Other CA");
    SourceSignature s = XadesVerifier.verify(sign(SignatureProfile.RSA_SHA1),
        XadesVerifier.Mode.FULL);
    CertificateTrust trust =
        new CertificateTrust(Set.of(new TrustAnchor(other.caCertificate(), null)));
    assertThatThrownBy(() -> trust.check(s.certificate()))
        .isInstanceOf(XmlSignatureException.class);
  }

  @ParameterizedTest
  @EnumSource(SignatureProfile.class)
  void xmlsec1VerifiesTheSignature(SignatureProfile profile, @TempDir Path dir) throws Exception {
    Xmlsec1.Result r = Xmlsec1.verify(sign(profile), pki.caPem(), dir);
    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output()).contains("OK");
  }
}
