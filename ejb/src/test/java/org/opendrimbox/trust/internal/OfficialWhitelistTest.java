package org.opendrimbox.trust.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;
import org.opendrimbox.trust.Whitelist;
import org.opendrimbox.trust.WhitelistFixtures;
import org.opendrimbox.trust.WhitelistRejectedException;
import org.opendrimbox.trust.WhitelistVerification;

/**
 * The official ANS test lists are classified as the homologation expects: the signed list has an intact,
 * correctly attributed signature chaining to the IGC-Santé TEST root; the unsigned list and a copy with one
 * byte changed are rejected. No IGC-Santé CRL is available offline, so strict mode reports the revocation
 * status as unknown and refuses the list until a CRL is configured.
 */
class OfficialWhitelistTest {

  /** After the signing time (2026-09-17) and inside the signer's validity (2026-09-14 to 2029-09-14). */
  private static final Clock AT = Clock.fixed(Instant.parse("2026-10-01T00:00:00Z"), ZoneOffset.UTC);

  private static TrustMaterial igcSanteTestRoot() {
    return TrustMaterial.of(List.of(WhitelistFixtures.igcSanteTestRoot(WhitelistFixtures.SIGNED)), List.of());
  }

  private static WhitelistVerification rejection(WhitelistVerifier v, byte[] xml) {
    try {
      v.verify(xml);
    } catch (WhitelistRejectedException e) {
      return e.verification();
    }
    throw new AssertionError("list was accepted");
  }

  @Test
  void signedListHasAValidSignatureByTheAnsSignerChainingToIgcSanteTest() {
    WhitelistVerification v =
        rejection(new WhitelistVerifier(igcSanteTestRoot(), AT, false), WhitelistFixtures.bytes(WhitelistFixtures.SIGNED));
    assertThat(v.signed()).isTrue();
    assertThat(v.signatureValid()).isTrue();
    assertThat(v.signer()).startsWith("CN=Liste Blanche DRIM-M,OU=318751275100020");
    assertThat(v.signerIdentityOk()).isTrue();
    assertThat(v.chainTrusted()).isTrue();
    assertThat(v.notRevoked()).isFalse();
    assertThat(v.accepted()).isFalse();
    assertThat(v.problems()).containsExactly("revocation unknown: no CRL configured (DRIMBOX_TRUST_CRLS)");
  }

  @Test
  void signedListIsUsableInDemoModeWithItsSeventeenEntries() throws Exception {
    Whitelist list = new WhitelistVerifier(igcSanteTestRoot(), AT, true)
        .verify(WhitelistFixtures.bytes(WhitelistFixtures.SIGNED));
    assertThat(list.entries()).hasSize(17);
    assertThat(list.generatedAt()).isEqualTo(Instant.parse("2026-06-19T18:06:52Z"));
    assertThat(list.verification().signatureValid()).isTrue();
    assertThat(list.verification().fullyVerified()).isFalse();
    var db175 = list.findByDbHost("db175.test.mesimagesmedicales.fr").orElseThrow();
    assertThat(db175.name()).isEqualTo("E-MEDIA");
    assertThat(list.findByCertificateDn(new X500Principal(
        "C=FR, ST=Côte-d'Or (21), O=MINISTERE DE TEST3198, OU=300000001831981, CN=db175.test.mesimagesmedicales.fr")))
        .contains(db175);
    assertThat(list.findByCertificateDn(new X500Principal("CN=db175.test.mesimagesmedicales.fr,OU=1,C=FR"))).isEmpty();
  }

  @Test
  void unsignedListIsRejectedInStrictMode() throws Exception {
    WhitelistVerification v =
        rejection(new WhitelistVerifier(igcSanteTestRoot(), AT, false), WhitelistFixtures.bytes(WhitelistFixtures.UNSIGNED));
    assertThat(v.signed()).isFalse();
    assertThat(v.problems()).containsExactly("whitelist is not signed");
    assertThat(new WhitelistVerifier(igcSanteTestRoot(), AT, true).verify(
        WhitelistFixtures.bytes(WhitelistFixtures.UNSIGNED)).entries()).hasSize(6);
  }

  @Test
  void oneChangedByteBreaksTheSignatureAndIsRefusedEvenInDemoMode() {
    byte[] tampered = WhitelistFixtures.tampered(WhitelistFixtures.SIGNED);
    WhitelistVerification v = rejection(new WhitelistVerifier(igcSanteTestRoot(), AT, false), tampered);
    assertThat(v.signed()).isTrue();
    assertThat(v.signatureValid()).isFalse();
    assertThat(v.problems()).singleElement().asString().contains("does not verify");
    assertThat(rejection(new WhitelistVerifier(igcSanteTestRoot(), AT, true), tampered).accepted()).isFalse();
  }

  @Test
  void withoutTrustAnchorsTheChainIsNotTrusted() {
    WhitelistVerification v = rejection(new WhitelistVerifier(TrustMaterial.of(List.of(), List.of()), AT, false),
        WhitelistFixtures.bytes(WhitelistFixtures.SIGNED));
    assertThat(v.signatureValid()).isTrue();
    assertThat(v.chainTrusted()).isFalse();
    assertThat(v.problems()).contains("no trust anchor configured (DRIMBOX_TRUST_ANCHORS)");
  }

  @Test
  void afterTheSignerExpiredTheChainIsNotTrusted() {
    Clock later = Clock.fixed(Instant.parse("2029-10-01T00:00:00Z"), ZoneOffset.UTC);
    WhitelistVerification v = rejection(new WhitelistVerifier(igcSanteTestRoot(), later, false),
        WhitelistFixtures.bytes(WhitelistFixtures.SIGNED));
    assertThat(v.signatureValid()).isTrue();
    assertThat(v.chainTrusted()).isFalse();
  }

  @Test
  void informativeListVerifiesToo() {
    // its KeyInfo holds the signer only: the operator's store holds root and intermediate (as the Readme says)
    var store = WhitelistFixtures.keyInfoCertificates(WhitelistFixtures.SIGNED).subList(1, 3);
    WhitelistVerification v = rejection(new WhitelistVerifier(TrustMaterial.of(store, List.of()),
        Clock.fixed(Instant.parse("2024-05-01T00:00:00Z"), ZoneOffset.UTC), false),
        WhitelistFixtures.bytes(WhitelistFixtures.INFORMATIF));
    assertThat(v.signatureValid()).isTrue();
    assertThat(v.signerIdentityOk()).isTrue();
    assertThat(v.chainTrusted()).isTrue();
  }

  @Test
  void garbageIsRejected() {
    assertThatThrownBy(() -> new WhitelistVerifier(igcSanteTestRoot(), AT, true).verify("<not xml".getBytes()))
        .isInstanceOf(WhitelistRejectedException.class).hasMessageContaining("not well-formed");
  }
}
