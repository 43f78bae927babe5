package org.opendrimbox.trust.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.opendrimbox.trust.AccessDeniedException;

/**
 * Checks a Pro Santé Connect access token (R20, DB.SO.33/34): introspected (cached until expiry), active,
 * not expired, audience and scope as configured, and naming a health professional. Failures map to 401
 * (invalid token), 403 (valid token, but not an authorised professional) or 503 (provider unavailable).
 */
public final class TokenValidator {

  private static final System.Logger LOG = System.getLogger(TokenValidator.class.getName());
  private static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  private final IntrospectionClient client;
  private final IntrospectionCache cache;
  private final String requiredScope;
  private final String audience;
  private final Clock clock;

  /**
   * @param client null when introspection is not configured: every token is then refused with 503
   * @param requiredScope scope the token must carry, empty for none
   * @param audience audience the token must carry, empty for none
   */
  public TokenValidator(IntrospectionClient client, IntrospectionCache cache, String requiredScope,
      String audience, Clock clock) {
    this.client = client;
    this.cache = cache;
    this.requiredScope = requiredScope == null ? "" : requiredScope;
    this.audience = audience == null ? "" : audience;
    this.clock = clock;
  }

  /** The claims of a valid token of an identified professional; throws the refusal otherwise. */
  public TokenClaims validate(String token) throws AccessDeniedException {
    if (client == null) {
      throw new AccessDeniedException(503, "token introspection is not configured (DRIMBOX_PSC_INTROSPECTION_URL)");
    }
    Instant now = clock.instant();
    TokenClaims cached = cache.get(token, now);
    if (cached != null) {
      return cached;
    }
    TokenClaims claims;
    try {
      claims = client.introspect(token);
    } catch (IntrospectionClient.Unavailable e) {
      LOG.log(System.Logger.Level.WARNING, "PSC token introspection failed: {0}", e.getMessage());
      throw new AccessDeniedException(503, "token introspection unavailable");
    }
    if (claims.active() && (claims.professionalId() == null || claims.name() == null) && client.hasUserinfo()) {
      try {
        claims = claims.withIdentityFrom(client.userinfo(token));
      } catch (IntrospectionClient.Unavailable e) {
        LOG.log(System.Logger.Level.DEBUG, "PSC userinfo failed: {0}", e.getMessage());
      }
    }
    check(claims, now);
    cache.put(token, claims, now);
    return claims;
  }

  private void check(TokenClaims c, Instant now) throws AccessDeniedException {
    if (!c.active()) {
      throw new AccessDeniedException(401, "token is not active (unknown, revoked or expired)");
    }
    if (c.expiresAt() == null) {
      throw new AccessDeniedException(401, "token has no expiry");
    }
    if (!c.expiresAt().isAfter(now)) {
      throw new AccessDeniedException(401, "token expired");
    }
    if (c.notBefore() != null && c.notBefore().isAfter(now.plus(CLOCK_SKEW))) {
      throw new AccessDeniedException(401, "token not yet valid");
    }
    if (!audience.isEmpty() && !c.audience().contains(audience)) {
      throw new AccessDeniedException(401, "token audience does not include " + audience);
    }
    if (!requiredScope.isEmpty() && !c.scopes().contains(requiredScope)) {
      throw new AccessDeniedException(403, "token lacks scope " + requiredScope);
    }
    if (c.professionalId() == null) {
      throw new AccessDeniedException(403, "token does not identify a health professional");
    }
  }
}
