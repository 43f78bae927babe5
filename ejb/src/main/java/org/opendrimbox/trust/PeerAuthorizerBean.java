package org.opendrimbox.trust;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import org.opendrimbox.audit.AuditRecord;
import org.opendrimbox.config.DrimboxSettings;
import org.opendrimbox.config.TrustSettings;
import org.opendrimbox.trust.internal.IntrospectionCache;
import org.opendrimbox.trust.internal.IntrospectionClient;
import org.opendrimbox.trust.internal.PeerAuthorization;
import org.opendrimbox.trust.internal.TokenValidator;

/**
 * The {@link PeerAuthorizer} of the box: whitelist from {@link WhitelistRegistry}, tokens introspected at
 * Pro Santé Connect (cache of 4096 tokens), decisions audited through {@code Event<AuditRecord>}. Not
 * transactional: introspection is network I/O.
 */
@ApplicationScoped
public class PeerAuthorizerBean implements PeerAuthorizer {

  /** Introspection answers kept (token hash -> claims, until the token expires). */
  public static final int CACHE_SIZE = 4096;

  @Inject private DrimboxSettings settings;
  @Inject private WhitelistRegistry whitelist;
  @Inject private Event<AuditRecord> audit;

  private PeerAuthorization authorization;

  @PostConstruct
  void init() {
    TrustSettings t = settings.trust();
    IntrospectionClient client = t.introspectionUrl() == null ? null
        : new IntrospectionClient(IntrospectionClient.httpClient(Duration.ofSeconds(5)), t.introspectionUrl(),
            t.userinfoUrl(), t.clientId(), t.clientSecret(), Duration.ofSeconds(10));
    TokenValidator tokens = new TokenValidator(client, new IntrospectionCache(CACHE_SIZE), t.requiredScope(),
        t.audience(), Clock.systemUTC());
    authorization = new PeerAuthorization(t.demo(), whitelist::current, tokens, audit::fire, Clock.systemUTC());
  }

  @Override
  public AccessGrant authorize(String authorizationHeader, X509Certificate[] clientChain, String resource)
      throws AccessDeniedException {
    return authorization.authorize(authorizationHeader, clientChain, resource);
  }

  @Override
  public void auditRefusal(AccessGrant grant, X509Certificate[] clientChain, String resource, int httpStatus,
      String reason) {
    authorization.refusedAfterGrant(grant, clientChain, resource, httpStatus, reason);
  }
}
