package org.opendrimbox.trust.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers positive introspection answers until the token expires, keyed by the SHA-256 of the token (the
 * token itself is never kept), least recently used evicted beyond {@code maxEntries}.
 */
public final class IntrospectionCache {

  private final int maxEntries;
  private final Map<String, TokenClaims> entries;

  public IntrospectionCache(int maxEntries) {
    this.maxEntries = maxEntries;
    this.entries = new LinkedHashMap<>(64, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, TokenClaims> eldest) {
        return size() > IntrospectionCache.this.maxEntries;
      }
    };
  }

  /** The cached claims of this token if they are still valid at {@code now}, else null. */
  public synchronized TokenClaims get(String token, Instant now) {
    String key = hash(token);
    TokenClaims c = entries.get(key);
    if (c != null && (c.expiresAt() == null || !c.expiresAt().isAfter(now))) {
      entries.remove(key);
      return null;
    }
    return c;
  }

  /** Caches active claims that carry an expiry; anything else is not cached. */
  public synchronized void put(String token, TokenClaims claims, Instant now) {
    if (claims.active() && claims.expiresAt() != null && claims.expiresAt().isAfter(now)) {
      entries.put(hash(token), claims);
    }
  }

  public synchronized int size() {
    return entries.size();
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
