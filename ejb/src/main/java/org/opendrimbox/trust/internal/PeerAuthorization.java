package org.opendrimbox.trust.internal;

import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.opendrimbox.audit.AuditOutcome;
import org.opendrimbox.audit.AuditRecord;
import org.opendrimbox.trust.AccessDeniedException;
import org.opendrimbox.trust.AccessGrant;
import org.opendrimbox.trust.Whitelist;
import org.opendrimbox.trust.WhitelistEntry;

/**
 * The peer access decision, independent of CDI: first the peer (a valid whitelist must be loaded; the TLS
 * client certificate must be valid and its subject DN in the whitelist; in demo mode a request without
 * certificate passes), then the bearer token.
 * Every decision, grant or refusal, is handed to the audit consumer; a grant that cannot be audited is refused.
 */
public final class PeerAuthorization {

  private static final System.Logger LOG = System.getLogger(PeerAuthorization.class.getName());

  private final boolean demo;
  private final Supplier<Optional<Whitelist>> whitelist;
  private final TokenValidator tokens;
  private final Consumer<AuditRecord> audit;
  private final Clock clock;

  public PeerAuthorization(boolean demo, Supplier<Optional<Whitelist>> whitelist, TokenValidator tokens,
      Consumer<AuditRecord> audit, Clock clock) {
    this.demo = demo;
    this.whitelist = whitelist;
    this.tokens = tokens;
    this.audit = audit;
    this.clock = clock;
  }

  /** See {@link org.opendrimbox.trust.PeerAuthorizer#authorize}. */
  public AccessGrant authorize(String authorization, X509Certificate[] chain, String resource)
      throws AccessDeniedException {
    X509Certificate peer = chain == null || chain.length == 0 ? null : chain[0];
    String peerDn = peer == null ? null : peer.getSubjectX500Principal().getName();
    String actor = null;
    try {
      checkPeer(peer);
      TokenClaims claims = tokens.validate(bearer(authorization));
      actor = rpps(claims.professionalId());
      AccessGrant grant = new AccessGrant(actor, claims.name(), claims.organisation());
      record(AuditOutcome.SUCCESS, actor, peerDn, resource, "granted");
      return grant;
    } catch (AccessDeniedException e) {
      LOG.log(System.Logger.Level.INFO, "Peer access refused ({0}): {1}; peer {2}", e.httpStatus(), e.reason(),
          peerDn == null ? "without certificate" : peerDn);
      try {
        record(AuditOutcome.FAILURE, actor, peerDn, resource, e.httpStatus() + " " + e.reason());
      } catch (AccessDeniedException auditDown) {
        // the refusal stands; record() has logged the audit failure
      }
      throw e;
    }
  }

  /** See {@link org.opendrimbox.trust.PeerAuthorizer#auditRefusal}; an audit failure is logged only. */
  public void refusedAfterGrant(AccessGrant grant, X509Certificate[] chain, String resource, int status,
      String reason) {
    X509Certificate peer = chain == null || chain.length == 0 ? null : chain[0];
    String peerDn = peer == null ? null : peer.getSubjectX500Principal().getName();
    LOG.log(System.Logger.Level.INFO, "Peer request refused after authorization ({0}): {1}; peer {2}", status,
        reason, peerDn == null ? "without certificate" : peerDn);
    try {
      record(AuditOutcome.FAILURE, grant == null ? null : grant.rpps(), peerDn, resource, status + " " + reason);
    } catch (AccessDeniedException auditDown) {
      // the refusal stands; record() has logged the audit failure
    }
  }

  private void checkPeer(X509Certificate peer) throws AccessDeniedException {
    // without a valid whitelist nobody is served, in every mode (a tampered list leaves the box closed)
    Whitelist list = whitelist.get()
        .orElseThrow(() -> new AccessDeniedException(403, "no valid whitelist is loaded"));
    if (peer == null) {
      if (demo) {
        return;
      }
      throw new AccessDeniedException(403, "no TLS client certificate (mutual TLS is required)");
    }
    try {
      peer.checkValidity(Date.from(clock.instant()));
    } catch (CertificateExpiredException | CertificateNotYetValidException e) {
      throw new AccessDeniedException(403, "client certificate is not valid now");
    }
    Optional<WhitelistEntry> entry = list.findByCertificate(peer);
    if (entry.isEmpty()) {
      throw new AccessDeniedException(403, "client certificate is not in the whitelist");
    }
  }

  private static String bearer(String authorization) throws AccessDeniedException {
    if (authorization == null || authorization.isBlank()) {
      throw new AccessDeniedException(401, "missing bearer token");
    }
    String h = authorization.strip();
    if (h.length() < 7 || !h.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
      throw new AccessDeniedException(401, "authorization is not a bearer token");
    }
    String token = h.substring(7).strip();
    if (token.isEmpty()) {
      throw new AccessDeniedException(401, "missing bearer token");
    }
    return token;
  }

  /** PSC national identifiers of RPPS professionals are {@code 8} followed by the 11-digit RPPS number. */
  static String rpps(String nationalId) {
    return nationalId.matches("8\\d{11}") ? nationalId.substring(1) : nationalId;
  }

  private void record(AuditOutcome outcome, String actor, String peerDn, String resource, String reason)
      throws AccessDeniedException {
    try {
      audit.accept(new AuditRecord(clock.instant(), AuditRecord.PEER_ACCESS, outcome, actor, peerDn, resource,
          reason));
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "Audit trail unavailable, access refused: " + e, e);
      throw new AccessDeniedException(503, "audit trail unavailable");
    }
  }
}
