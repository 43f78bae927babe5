package org.opendrimbox.it.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * One HTTP/1.1 exchange over TLS with the request head written byte for byte as given (header order, repeated
 * headers, {@code Accept:} without a space...): what an ANS sample replay needs and {@code java.net.http} cannot
 * do. The response body is de-chunked and kept in memory (test studies are small).
 */
public final class RawHttps {

  /** A response: status, headers in arrival order, body (de-chunked). */
  public record Response(int status, List<String[]> headers, byte[] body) {

    public Optional<String> header(String name) {
      return headers.stream().filter(h -> h[0].equalsIgnoreCase(name)).map(h -> h[1]).findFirst();
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private RawHttps() {}

  /** Sends {@code head} (request line and headers, CRLF line ends, no final empty line) and reads the answer. */
  public static Response exchange(SSLContext tls, int port, String head) throws IOException {
    try (SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket("127.0.0.1", port)) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write((head + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = new BufferedInputStream(socket.getInputStream());
      String statusLine = line(in);
      String[] parts = statusLine.split(" ", 3);
      if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
        throw new IOException("not an HTTP response: " + statusLine);
      }
      List<String[]> headers = new ArrayList<>();
      for (String l = line(in); !l.isEmpty(); l = line(in)) {
        int colon = l.indexOf(':');
        headers.add(new String[] {l.substring(0, colon).strip(), l.substring(colon + 1).strip()});
      }
      Response head0 = new Response(Integer.parseInt(parts[1]), headers, new byte[0]);
      byte[] body;
      if (head0.header("Transfer-Encoding").map(v -> v.toLowerCase(Locale.ROOT).contains("chunked")).orElse(false)) {
        body = chunked(in);
      } else if (head0.header("Content-Length").isPresent()) {
        body = in.readNBytes(Integer.parseInt(head0.header("Content-Length").get()));
      } else {
        body = in.readAllBytes();
      }
      return new Response(head0.status(), headers, body);
    }
  }

  private static byte[] chunked(InputStream in) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    while (true) {
      String size = line(in);
      int semi = size.indexOf(';');
      int n = Integer.parseInt((semi < 0 ? size : size.substring(0, semi)).strip(), 16);
      if (n == 0) {
        while (!line(in).isEmpty()) {
          // trailers
        }
        return body.toByteArray();
      }
      byte[] chunk = in.readNBytes(n);
      if (chunk.length < n) {
        throw new EOFException("chunk truncated: " + chunk.length + " of " + n + " bytes");
      }
      body.write(chunk);
      line(in);
    }
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) != -1 && c != '\n') {
      if (c != '\r') {
        b.write(c);
      }
    }
    if (c == -1 && b.size() == 0) {
      throw new EOFException("connection closed");
    }
    return b.toString(StandardCharsets.ISO_8859_1);
  }
}
