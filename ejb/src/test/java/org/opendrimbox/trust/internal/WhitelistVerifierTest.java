package org.opendrimbox.trust.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendrimbox.trust.TestTrustPki;
import org.opendrimbox.trust.TestWhitelistSigner;
import org.opendrimbox.trust.Whitelist;
import org.opendrimbox.trust.WhitelistFixtures;
import org.opendrimbox.trust.WhitelistRejectedException;
import org.opendrimbox.trust.WhitelistVerification;

/**
 * Every verification rule with a PKI generated at run time that mimics IGC-Santé: the unsigned ANS list
 * content is signed by "Liste Blanche DRIM-M" and checked for chain, CRL, identity, validity and shape.
 */
class WhitelistVerifierTest {

  private static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String ANS_SIGNER =
      "CN=Liste Blanche DRIM-M,OU=318751275100020,O=AGENCE DU NUMERIQUE EN SANTE,ST=Paris (75),C=FR";

  private static TestTrustPki pki;
  private static TestTrustPki.Issued signer;
  private static byte[] signed;

  @BeforeAll
  static void pki() {
    pki = new TestTrustPki("WL", NOW);
    signer = pki.issue(ANS_SIGNER);
    signed = sign(signer);
  }

  private static byte[] sign(TestTrustPki.Issued who) {
    return TestWhitelistSigner.sign(WhitelistFixtures.bytes(WhitelistFixtures.UNSIGNED), who.keys().getPrivate(),
        List.of(who.certificate(), pki.intermediate(), pki.root()));
  }

  private static WhitelistVerifier strict(java.security.cert.X509CRL... crls) {
    return new WhitelistVerifier(TrustMaterial.of(List.of(pki.root()), List.of(crls)), CLOCK, false);
  }

  private static WhitelistVerification rejected(WhitelistVerifier v, byte[] xml) {
    try {
      v.verify(xml);
    } catch (WhitelistRejectedException e) {
      return e.verification();
    }
    throw new AssertionError("accepted");
  }

  @Test
  void correctlySignedListWithCurrentCrlIsAccepted() throws Exception {
    Whitelist list = strict(pki.crl()).verify(signed);
    assertThat(list.verification().fullyVerified()).isTrue();
    assertThat(list.verification().problems()).isEmpty();
    assertThat(list.entries()).hasSize(6); // the unsigned ANS list has 6 entries
  }

  @Test
  void revokedSignerIsRejected() {
    WhitelistVerification v = rejected(strict(pki.crl(signer.certificate())), signed);
    assertThat(v.signatureValid()).isTrue();
    assertThat(v.chainTrusted()).isTrue();
    assertThat(v.notRevoked()).isFalse();
    assertThat(v.problems()).singleElement().asString().contains("revocation check failed");
  }

  @Test
  void missingCrlIsRejectedInStrictModeButToleratedInDemoMode() throws Exception {
    assertThat(rejected(strict(), signed).problems())
        .containsExactly("revocation unknown: no CRL configured (DRIMBOX_TRUST_CRLS)");
    Whitelist demo = new WhitelistVerifier(TrustMaterial.of(List.of(pki.root()), List.of()), CLOCK, true)
        .verify(signed);
    assertThat(demo.verification().accepted()).isTrue();
    assertThat(demo.verification().fullyVerified()).isFalse();
  }

  @Test
  void otherSignerIdentityIsRejected() {
    TestTrustPki.Issued other = pki.issue("CN=Liste Blanche DRIM-M,OU=999999999999999,O=EVIL,C=FR");
    byte[] xml = sign(other);
    WhitelistVerification v = rejected(strict(pki.crl()), xml);
    assertThat(v.signatureValid()).isTrue();
    assertThat(v.signerIdentityOk()).isFalse();
    assertThat(v.problems()).singleElement().asString().contains("unexpected signer");
    WhitelistVerifier demo = new WhitelistVerifier(TrustMaterial.of(List.of(pki.root()), List.of()), CLOCK, true);
    assertThat(rejected(demo, xml).accepted()).isFalse();
  }

  @Test
  void signerFromAnotherPkiIsNotTrusted() {
    TestTrustPki rogue = new TestTrustPki("ROGUE", NOW);
    TestTrustPki.Issued fake = rogue.issue(ANS_SIGNER);
    byte[] xml = TestWhitelistSigner.sign(WhitelistFixtures.bytes(WhitelistFixtures.UNSIGNED),
        fake.keys().getPrivate(), List.of(fake.certificate(), rogue.intermediate(), rogue.root()));
    WhitelistVerification v = rejected(strict(pki.crl()), xml);
    assertThat(v.signatureValid()).isTrue();
    assertThat(v.signerIdentityOk()).isTrue();
    assertThat(v.chainTrusted()).isFalse();
  }

  @Test
  void expiredSignerIsNotTrusted() {
    TestTrustPki.Issued old = pki.issue(ANS_SIGNER, java.time.Duration.ofDays(2));
    byte[] xml = sign(old);
    WhitelistVerifier later = new WhitelistVerifier(TrustMaterial.of(List.of(pki.root()), List.of(pki.crl())),
        Clock.fixed(NOW.plus(java.time.Duration.ofDays(3)), ZoneOffset.UTC), false);
    assertThat(rejected(later, xml).chainTrusted()).isFalse();
  }

  @Test
  void anEntryAddedAfterSigningBreaksTheSignature() {
    String xml = new String(signed, java.nio.charset.StandardCharsets.UTF_8)
        .replace("<ListeDomaines>", "<ListeDomaines><Domaine><Identifiant>999</Identifiant><db>evil.example</db>"
            + "<DNCertificatOperateur>CN=evil.example,OU=1,O=EVIL,C=FR</DNCertificatOperateur></Domaine>");
    WhitelistVerification v = rejected(strict(pki.crl()), xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(v.signatureValid()).isFalse();
  }

  @Test
  void aSecondSignatureElementIsRefused() {
    String xml = new String(signed, java.nio.charset.StandardCharsets.UTF_8)
        .replace("<ListeDomaines>", "<ListeDomaines><ds:Signature xmlns:ds=\"http://www.w3.org/2000/09/xmldsig#\"/>");
    WhitelistVerification v = rejected(strict(pki.crl()), xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(v.problems()).singleElement().asString().contains("exactly one enveloped ds:Signature");
  }
}
