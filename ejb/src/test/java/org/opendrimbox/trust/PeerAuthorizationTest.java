package org.opendrimbox.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opendrimbox.audit.AuditOutcome;
import org.opendrimbox.audit.AuditRecord;
import org.opendrimbox.audit.H2Audit;
import org.opendrimbox.trust.internal.IntrospectionCache;
import org.opendrimbox.trust.internal.IntrospectionClient;
import org.opendrimbox.trust.internal.PeerAuthorization;
import org.opendrimbox.trust.internal.TokenValidator;
import org.opendrimbox.trust.internal.TrustMaterial;
import org.opendrimbox.trust.internal.WhitelistVerifier;

/**
 * End to end without a server: real tokens from the PSC simulator (child process), real RFC 7662
 * introspection, a whitelist signed by a generated IGC-Santé-like PKI and verified with its CRL, client
 * certificates from that PKI, and every decision written to the audit table on H2.
 */
class PeerAuthorizationTest {

  private static final String PEER_DN = "CN=db9.test.mesimagesmedicales.fr,OU=300000000000009,O=CLINIQUE TEST,"
      + "ST=Paris (75),C=FR";
  private static final String RESOURCE = "/studies/1.2.3/series/4.5.6";

  private static PscSimulator psc;
  private static H2Audit audit;
  private static Whitelist whitelist;
  private static X509Certificate[] peer;
  private static X509Certificate[] stranger;

  @BeforeAll
  static void start() throws Exception {
    Path log = Files.createTempFile("psc-simulator", ".log");
    psc = PscSimulator.start(log);
    audit = H2Audit.start();
    Instant now = Instant.now();
    TestTrustPki pki = new TestTrustPki("PEERS", now);
    peer = new X509Certificate[] {pki.issue(PEER_DN).certificate(), pki.intermediate()};
    stranger = new X509Certificate[] {
        pki.issue("CN=db10.test.mesimagesmedicales.fr,OU=300000000000010,O=INCONNU,C=FR").certificate()};
    TestTrustPki.Issued signer = pki.issue(
        "CN=Liste Blanche DRIM-M,OU=318751275100020,O=AGENCE DU NUMERIQUE EN SANTE,ST=Paris (75),C=FR");
    byte[] signed = TestWhitelistSigner.sign(whitelistXml(), signer.keys().getPrivate(),
        List.of(signer.certificate(), pki.intermediate(), pki.root()));
    whitelist = new WhitelistVerifier(TrustMaterial.of(List.of(pki.root()), List.of(pki.crl())),
        Clock.systemUTC(), false).verify(signed);
  }

  @AfterAll
  static void stop() {
    if (psc != null) {
      psc.close();
    }
    if (audit != null) {
      audit.close();
    }
  }

  private static byte[] whitelistXml() {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<ListeBlancheDRIM-M xmlns=\"https://github.com/ansforge/DRIM-M_DATA\" versionFormat=\"1.0.0\">"
        + "<DateDeGeneration>2026-11-01T00:00:00Z</DateDeGeneration><ListeDomaines><Domaine>"
        + "<Identifiant>9</Identifiant><db>db9.test.mesimagesmedicales.fr</db><vi>vi9.test.mesimagesmedicales.fr</vi>"
        + "<Denomination>CLINIQUE TEST</Denomination>"
        // the list writes the DN with another attribute order than the certificate: it must still match
        + "<DNCertificatOperateur>C=FR,ST=Paris (75),O=CLINIQUE TEST,OU=300000000000009,"
        + "CN=db9.test.mesimagesmedicales.fr</DNCertificatOperateur>"
        + "<SupportContact>support@example.org</SupportContact><DateMAJ>2026-11-01T00:00:00Z</DateMAJ>"
        + "</Domaine></ListeDomaines></ListeBlancheDRIM-M>").getBytes(StandardCharsets.UTF_8);
  }

  private static PeerAuthorization authorization(boolean demo, URI introspection) {
    IntrospectionClient client = new IntrospectionClient(IntrospectionClient.httpClient(Duration.ofSeconds(2)),
        introspection, psc.userinfoEndpoint(), "drimbox", "drimbox-secret", Duration.ofSeconds(5));
    TokenValidator tokens = new TokenValidator(client, new IntrospectionCache(16), "scope_all", "drimbox",
        Clock.systemUTC());
    return new PeerAuthorization(demo, () -> Optional.of(whitelist), tokens, audit::record, Clock.systemUTC());
  }

  private static PeerAuthorization strict() {
    return authorization(false, psc.introspectionEndpoint());
  }

  private static AccessDeniedException denied(PeerAuthorization a, String header, X509Certificate[] chain) {
    try {
      a.authorize(header, chain, RESOURCE);
    } catch (AccessDeniedException e) {
      return e;
    }
    throw new AssertionError("access was granted");
  }

  private static AuditRecord lastAudit() {
    return audit.recent(1).get(0);
  }

  @Test
  void whitelistedPeerWithProfessionalTokenIsGrantedAndAudited() throws Exception {
    String token = psc.token("10001234567");
    AccessGrant grant = strict().authorize("Bearer " + token, peer, RESOURCE);
    assertThat(grant).isEqualTo(new AccessGrant("10001234567", "Dr Marie MARTIN", "Centre de radiologie Ambroise"));
    AuditRecord row = lastAudit();
    assertThat(row.type()).isEqualTo(AuditRecord.PEER_ACCESS);
    assertThat(row.outcome()).isEqualTo(AuditOutcome.SUCCESS);
    assertThat(row.actorId()).isEqualTo("10001234567");
    assertThat(row.peerDn()).isEqualTo(peer[0].getSubjectX500Principal().getName());
    assertThat(row.resource()).isEqualTo(RESOURCE);
  }

  @Test
  void aRefusalAfterTheGrantIsAuditedWithTheProfessionalAndThePeer() throws Exception {
    PeerAuthorization a = strict();
    AccessGrant grant = a.authorize("Bearer " + psc.token("10001234567"), peer, RESOURCE);
    a.refusedAfterGrant(grant, peer, RESOURCE, 404, "no published KOS 1.2.3.999");
    AuditRecord row = lastAudit();
    assertThat(row.type()).isEqualTo(AuditRecord.PEER_ACCESS);
    assertThat(row.outcome()).isEqualTo(AuditOutcome.FAILURE);
    assertThat(row.actorId()).isEqualTo("10001234567");
    assertThat(row.peerDn()).isEqualTo(peer[0].getSubjectX500Principal().getName());
    assertThat(row.resource()).isEqualTo(RESOURCE);
    assertThat(row.reason()).isEqualTo("404 no published KOS 1.2.3.999");
  }

  @Test
  void theSameTokenIsServedFromTheCacheOnceIntrospected() throws Exception {
    String token = psc.token("10009876543");
    IntrospectionCache cache = new IntrospectionCache(16);
    IntrospectionClient client = new IntrospectionClient(IntrospectionClient.httpClient(Duration.ofSeconds(2)),
        psc.introspectionEndpoint(), psc.userinfoEndpoint(), "drimbox", "drimbox-secret", Duration.ofSeconds(5));
    TokenValidator tokens = new TokenValidator(client, cache, "scope_all", "drimbox", Clock.systemUTC());
    assertThat(tokens.validate(token).professionalId()).isEqualTo("810009876543");
    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.get(token, Instant.now())).isNotNull();
    assertThat(tokens.validate(token).name()).isEqualTo("Dr Paul DURAND");
  }

  @Test
  void invalidTokenIs401() {
    AccessDeniedException e = denied(strict(), "Bearer not-a-psc-token", peer);
    assertThat(e.httpStatus()).isEqualTo(401);
    assertThat(e.reason()).contains("not active");
    assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.FAILURE);
    assertThat(lastAudit().reason()).isEqualTo("401 " + e.reason());
    assertThat(lastAudit().peerDn()).isEqualTo(peer[0].getSubjectX500Principal().getName());
  }

  @Test
  void missingOrNonBearerAuthorizationIs401() {
    assertThat(denied(strict(), null, peer).httpStatus()).isEqualTo(401);
    assertThat(lastAudit().reason()).isEqualTo("401 missing bearer token");
    assertThat(denied(strict(), "Basic ZHJpbWJveDpz", peer).httpStatus()).isEqualTo(401);
  }

  @Test
  void certificateNotInTheWhitelistIs403EvenWithAValidToken() throws Exception {
    AccessDeniedException e = denied(strict(), "Bearer " + psc.token("10001234567"), stranger);
    assertThat(e.httpStatus()).isEqualTo(403);
    assertThat(e.reason()).isEqualTo("client certificate is not in the whitelist");
    assertThat(lastAudit().peerDn()).startsWith("CN=db10.test.mesimagesmedicales.fr,OU=300000000000010");
    assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.FAILURE);
  }

  @Test
  void noClientCertificateIs403InStrictModeButPassesInDemoMode() throws Exception {
    String token = psc.token("10001234567");
    assertThat(denied(strict(), "Bearer " + token, null).httpStatus()).isEqualTo(403);
    assertThat(lastAudit().reason()).contains("no TLS client certificate");
    AccessGrant grant = authorization(true, psc.introspectionEndpoint()).authorize("Bearer " + token, null, RESOURCE);
    assertThat(grant.rpps()).isEqualTo("10001234567");
    assertThat(lastAudit().outcome()).isEqualTo(AuditOutcome.SUCCESS);
    assertThat(lastAudit().peerDn()).isNull();
  }

  @Test
  void tokenWithoutProfessionalIdentifierIs403() throws Exception {
    AccessDeniedException e = denied(strict(), "Bearer " + psc.token("no-rpps"), peer);
    assertThat(e.httpStatus()).isEqualTo(403);
    assertThat(e.reason()).isEqualTo("token does not identify a health professional");
  }

  @Test
  void tokenWithoutTheRequiredScopeIs403() throws Exception {
    AccessDeniedException e = denied(strict(), "Bearer " + psc.token("no-scope"), peer);
    assertThat(e.httpStatus()).isEqualTo(403);
    assertThat(e.reason()).isEqualTo("token lacks scope scope_all");
  }

  @Test
  void unreachableProviderIs503AndAudited() throws Exception {
    PeerAuthorization down = authorization(false, URI.create("http://127.0.0.1:9/psc/introspect"));
    AccessDeniedException e = denied(down, "Bearer " + psc.token("10001234567"), peer);
    assertThat(e.httpStatus()).isEqualTo(503);
    assertThat(lastAudit().reason()).isEqualTo("503 token introspection unavailable");
  }

  @Test
  void aGrantThatCannotBeAuditedIsRefused() throws Exception {
    IntrospectionClient client = new IntrospectionClient(IntrospectionClient.httpClient(Duration.ofSeconds(2)),
        psc.introspectionEndpoint(), null, "drimbox", "drimbox-secret", Duration.ofSeconds(5));
    PeerAuthorization noAudit = new PeerAuthorization(false, () -> Optional.of(whitelist),
        new TokenValidator(client, new IntrospectionCache(4), "scope_all", "", Clock.systemUTC()),
        r -> {
          throw new IllegalStateException("database down");
        }, Clock.systemUTC());
    assertThatThrownBy(() -> noAudit.authorize("Bearer " + psc.token("10001234567"), peer, RESOURCE))
        .isInstanceOfSatisfying(AccessDeniedException.class, e -> assertThat(e.httpStatus()).isEqualTo(503));
  }

  @Test
  void noWhitelistMeansEveryPeerIsRefused() throws Exception {
    IntrospectionClient client = new IntrospectionClient(IntrospectionClient.httpClient(Duration.ofSeconds(2)),
        psc.introspectionEndpoint(), null, "drimbox", "drimbox-secret", Duration.ofSeconds(5));
    PeerAuthorization none = new PeerAuthorization(false, Optional::empty,
        new TokenValidator(client, new IntrospectionCache(4), "scope_all", "", Clock.systemUTC()), audit::record,
        Clock.systemUTC());
    AccessDeniedException e = denied(none, "Bearer " + psc.token("10001234567"), peer);
    assertThat(e.httpStatus()).isEqualTo(403);
    assertThat(e.reason()).isEqualTo("no valid whitelist is loaded");
    // demo mode too: a box whose list was refused (e.g. tampered) serves nobody, even without certificate
    PeerAuthorization demoNone = new PeerAuthorization(true, Optional::empty,
        new TokenValidator(client, new IntrospectionCache(4), "scope_all", "", Clock.systemUTC()), audit::record,
        Clock.systemUTC());
    assertThat(denied(demoNone, "Bearer " + psc.token("10001234567"), null).reason())
        .isEqualTo("no valid whitelist is loaded");
    assertThat(lastAudit().reason()).isEqualTo("403 no valid whitelist is loaded");
  }
}
