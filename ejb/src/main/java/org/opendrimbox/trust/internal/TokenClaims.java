package org.opendrimbox.trust.internal;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an RFC 7662 introspection answer (or an OIDC userinfo answer) says about a Pro Santé Connect token.
 * The professional identifier is PSC's {@code SubjectNameID} (national PS identifier, {@code 8} + RPPS), else
 * {@code preferred_username}, else {@code username}.
 *
 * @param active the provider considers the token active
 * @param expiresAt {@code exp}, null when absent
 * @param notBefore {@code nbf}, null when absent
 * @param scopes {@code scope}, split on spaces
 * @param audience {@code aud} (string or array)
 * @param professionalId national identifier of the professional, null when absent
 * @param name display name, null when absent
 * @param organisation first {@code SubjectRefPro.exercices[].activities[].raisonSocialeSite}, null when absent
 */
public record TokenClaims(boolean active, Instant expiresAt, Instant notBefore, Set<String> scopes,
    List<String> audience, String professionalId, String name, String organisation) {

  public TokenClaims {
    scopes = Set.copyOf(scopes);
    audience = List.copyOf(audience);
  }

  /** Reads an introspection or userinfo JSON object; unknown members are ignored. */
  public static TokenClaims of(JsonObject o) {
    boolean active = o.get("active") == JsonValue.TRUE;
    Set<String> scopes = Arrays.stream(string(o, "scope", "").split(" "))
        .filter(s -> !s.isBlank()).collect(Collectors.toSet());
    List<String> aud = new ArrayList<>();
    JsonValue a = o.get("aud");
    if (a instanceof JsonString s) {
      aud.add(s.getString());
    } else if (a instanceof JsonArray arr) {
      arr.forEach(v -> {
        if (v instanceof JsonString s) {
          aud.add(s.getString());
        }
      });
    }
    String id = firstNonBlank(string(o, "SubjectNameID", null), string(o, "preferred_username", null),
        string(o, "username", null));
    return new TokenClaims(active, epoch(o, "exp"), epoch(o, "nbf"), scopes, aud, id, name(o), organisation(o));
  }

  /** This answer completed with the name and organisation of another (userinfo) where missing. */
  public TokenClaims withIdentityFrom(TokenClaims other) {
    return new TokenClaims(active, expiresAt, notBefore, scopes, audience,
        professionalId != null ? professionalId : other.professionalId,
        name != null ? name : other.name, organisation != null ? organisation : other.organisation);
  }

  private static String name(JsonObject o) {
    String full = string(o, "name", null);
    if (full != null && !full.isBlank()) {
      return full;
    }
    String given = string(o, "given_name", "");
    String family = string(o, "family_name", "");
    String joined = (given + " " + family).strip();
    return joined.isEmpty() ? null : joined;
  }

  private static String organisation(JsonObject o) {
    if (!(o.get("SubjectRefPro") instanceof JsonObject ref)
        || !(ref.get("exercices") instanceof JsonArray exercices)) {
      return null;
    }
    for (JsonValue e : exercices) {
      if (e instanceof JsonObject ex && ex.get("activities") instanceof JsonArray acts) {
        for (JsonValue act : acts) {
          if (act instanceof JsonObject ao) {
            String site = string(ao, "raisonSocialeSite", null);
            if (site != null && !site.isBlank()) {
              return site;
            }
          }
        }
      }
    }
    return null;
  }

  private static String string(JsonObject o, String key, String fallback) {
    return o.get(key) instanceof JsonString s ? s.getString() : fallback;
  }

  private static Instant epoch(JsonObject o, String key) {
    return o.get(key) instanceof JsonNumber n ? Instant.ofEpochSecond(n.longValue()) : null;
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
