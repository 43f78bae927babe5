package org.opendrimbox.trust.internal;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * RFC 7662 token introspection client (and OIDC userinfo) for Pro Santé Connect over {@link HttpClient}, with
 * connect and request timeouts. The client authenticates with HTTP Basic (client id and secret), as the PSC
 * confidential client does. Never call it inside a JTA transaction.
 */
public final class IntrospectionClient {

  /** The provider could not answer (down, timeout, refused our client credentials, not JSON). */
  public static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private final HttpClient http;
  private final URI introspection;
  private final URI userinfo;
  private final String basicAuth;
  private final Duration timeout;

  public IntrospectionClient(HttpClient http, URI introspection, URI userinfo, String clientId, String secret,
      Duration timeout) {
    this.http = http;
    this.introspection = introspection;
    this.userinfo = userinfo;
    this.basicAuth = "Basic " + Base64.getEncoder().encodeToString(
        (enc(clientId) + ":" + enc(secret)).getBytes(StandardCharsets.UTF_8));
    this.timeout = timeout;
  }

  /** An HTTP client with the given connect timeout, HTTP/1.1, no redirects. */
  public static HttpClient httpClient(Duration connectTimeout) {
    return HttpClient.newBuilder().connectTimeout(connectTimeout).version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public boolean hasUserinfo() {
    return userinfo != null;
  }

  /** POSTs the token to the introspection endpoint and returns its claims. */
  public TokenClaims introspect(String token) throws Unavailable {
    String form = "token=" + enc(token) + "&token_type_hint=access_token";
    HttpRequest request = HttpRequest.newBuilder(introspection).timeout(timeout)
        .header("Authorization", basicAuth).header("Accept", "application/json")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    return TokenClaims.of(send(request, "introspection"));
  }

  /** GETs userinfo with the token itself as bearer; used only to complete name and organisation. */
  public TokenClaims userinfo(String token) throws Unavailable {
    HttpRequest request = HttpRequest.newBuilder(userinfo).timeout(timeout)
        .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
    return TokenClaims.of(send(request, "userinfo"));
  }

  private JsonObject send(HttpRequest request, String what) throws Unavailable {
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw new Unavailable(what + " endpoint unreachable: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable(what + " interrupted", e);
    }
    try (InputStream body = response.body(); JsonReader reader = Json.createReader(body)) {
      if (response.statusCode() != 200) {
        throw new Unavailable(what + " endpoint answered HTTP " + response.statusCode(), null);
      }
      return reader.readObject();
    } catch (IOException | JsonException | IllegalStateException e) {
      throw new Unavailable(what + " answer is not a JSON object: " + e.getMessage(), e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
