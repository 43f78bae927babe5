package org.opendrimbox.trust.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Reading PSC-shaped introspection and userinfo answers; the identity rules; the cache. */
class TokenClaimsTest {

  private static TokenClaims claims(String json) {
    return TokenClaims.of(Json.createReader(new StringReader(json)).readObject());
  }

  @Test
  void pscIntrospectionAnswer() {
    TokenClaims c = claims("""
        {"active": true, "exp": 1800000000, "nbf": 1700000000, "scope": "openid scope_all",
         "aud": ["drimbox", "other"], "SubjectNameID": "899700367917", "preferred_username": "ignored",
         "given_name": "Jean", "family_name": "DUPONT",
         "SubjectRefPro": {"exercices": [{"activities": [{"raisonSocialeSite": ""},
                                                         {"raisonSocialeSite": "Cabinet Dupont"}]}]}}""");
    assertThat(c.active()).isTrue();
    assertThat(c.expiresAt()).isEqualTo(Instant.ofEpochSecond(1800000000L));
    assertThat(c.scopes()).containsExactlyInAnyOrder("openid", "scope_all");
    assertThat(c.audience()).containsExactly("drimbox", "other");
    assertThat(c.professionalId()).isEqualTo("899700367917");
    assertThat(c.name()).isEqualTo("Jean DUPONT");
    assertThat(c.organisation()).isEqualTo("Cabinet Dupont");
    assertThat(PeerAuthorization.rpps(c.professionalId())).isEqualTo("99700367917");
  }

  @Test
  void inactiveOrMalformedAnswersAreInactive() {
    assertThat(claims("{\"active\": false}").active()).isFalse();
    assertThat(claims("{\"active\": \"true\"}").active()).isFalse();
    TokenClaims minimal = claims("{\"active\": true, \"aud\": \"drimbox\", \"username\": \"810001234567\"}");
    assertThat(minimal.audience()).containsExactly("drimbox");
    assertThat(minimal.professionalId()).isEqualTo("810001234567");
    assertThat(minimal.expiresAt()).isNull();
    assertThat(minimal.name()).isNull();
  }

  @Test
  void userinfoCompletesOnlyWhatIsMissing() {
    TokenClaims intro = claims("{\"active\": true, \"exp\": 1800000000, \"username\": \"810001234567\"}");
    TokenClaims info = claims("{\"SubjectNameID\": \"899999999999\", \"name\": \"Dr Marie MARTIN\"}");
    TokenClaims both = intro.withIdentityFrom(info);
    assertThat(both.professionalId()).isEqualTo("810001234567");
    assertThat(both.name()).isEqualTo("Dr Marie MARTIN");
    assertThat(both.active()).isTrue();
  }

  @Test
  void nonRppsIdentifiersAreKeptAsTheyAre() {
    assertThat(PeerAuthorization.rpps("810001234567")).isEqualTo("10001234567");
    assertThat(PeerAuthorization.rpps("3123456789")).isEqualTo("3123456789");
    assertThat(PeerAuthorization.rpps("8123")).isEqualTo("8123");
  }

  @Test
  void cacheKeepsActiveClaimsUntilExpiryAndEvictsTheLeastRecentlyUsed() {
    Instant now = Instant.parse("2026-11-29T10:00:00Z");
    IntrospectionCache cache = new IntrospectionCache(2);
    TokenClaims valid = claims("{\"active\": true, \"exp\": " + now.plusSeconds(60).getEpochSecond() + "}");
    cache.put("a", valid, now);
    cache.put("inactive", claims("{\"active\": false}"), now);
    cache.put("no-exp", claims("{\"active\": true}"), now);
    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.get("a", now)).isEqualTo(valid);
    assertThat(cache.get("a", now.plusSeconds(60))).isNull();
    assertThat(cache.size()).isZero();
    cache.put("a", valid, now);
    cache.put("b", valid, now);
    cache.get("a", now);
    cache.put("c", valid, now);
    assertThat(cache.get("b", now)).isNull();
    assertThat(cache.get("a", now)).isNotNull();
    assertThat(cache.get("c", now)).isNotNull();
    assertThat(IntrospectionCache.hash("token")).hasSize(64).doesNotContain("token");
  }
}
