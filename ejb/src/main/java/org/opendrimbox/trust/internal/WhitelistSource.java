package org.opendrimbox.trust.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Reads the whitelist document from a file or an http(s) URL, with a size cap and timeouts. */
public final class WhitelistSource {

  /** Larger documents are refused (the ANS list is about 20 KB). */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  private WhitelistSource() {}

  /** The bytes at {@code location}. */
  public static byte[] read(String location, HttpClient http, Duration timeout) throws IOException {
    if (location.startsWith("http://") || location.startsWith("https://")) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(location)).timeout(timeout).GET().build();
      try {
        HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = r.body()) {
          if (r.statusCode() != 200) {
            throw new IOException("HTTP " + r.statusCode() + " from " + location);
          }
          return capped(in);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
    try (InputStream in = Files.newInputStream(Path.of(location))) {
      return capped(in);
    }
  }

  private static byte[] capped(InputStream in) throws IOException {
    byte[] b = in.readNBytes(MAX_BYTES + 1);
    if (b.length > MAX_BYTES) {
      throw new IOException("whitelist larger than " + MAX_BYTES + " bytes");
    }
    return b;
  }
}
