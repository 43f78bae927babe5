package org.opendrimbox.xds.soap;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes a SOAP message body: plain {@code application/soap+xml} or MTOM {@code multipart/related}
 * (binary, 8bit or base64 parts). XDS messages are small (a KOS manifest and its signature), so the
 * body is decoded from memory.
 */
public final class MtomReader {

  private MtomReader() {}

  /** Decodes a message given its HTTP Content-Type. */
  public static MtomMessage read(String contentType, byte[] body) {
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      return new MtomMessage(body, Map.of());
    }
    String boundary = param(contentType, "boundary");
    if (boundary == null) {
      throw new SoapException("multipart message without boundary");
    }
    String start = param(contentType, "start");
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.US_ASCII);
    Map<String, Attachment> parts = new LinkedHashMap<>();
    byte[] root = null;
    int pos = indexOf(body, delimiter, 0);
    if (pos < 0) {
      throw new SoapException("multipart boundary not found");
    }
    while (true) {
      int lineEnd = indexOf(body, new byte[] {'\n'}, pos);
      if (lineEnd < 0 || isClosing(body, pos + delimiter.length)) {
        break;
      }
      int headersEnd = headersEnd(body, lineEnd + 1);
      String headers = new String(body, lineEnd + 1, headersEnd - lineEnd - 1,
          StandardCharsets.ISO_8859_1);
      int contentStart = skipBlankLine(body, headersEnd);
      int next = indexOf(body, delimiter, contentStart);
      if (next < 0) {
        throw new SoapException("unterminated multipart part");
      }
      int contentEnd = trimLineBreak(body, next);
      byte[] content = java.util.Arrays.copyOfRange(body, contentStart, contentEnd);
      Map<String, String> h = parseHeaders(headers);
      if ("base64".equalsIgnoreCase(h.getOrDefault("content-transfer-encoding", "").trim())) {
        content = Base64.getMimeDecoder().decode(content);
      }
      String id = stripBrackets(h.getOrDefault("content-id", ""));
      if (root == null && (start == null || stripBrackets(start).equals(id))) {
        root = content;
      } else {
        parts.put(id, new Attachment(id, h.getOrDefault("content-type", ""), content));
      }
      pos = next;
    }
    if (root == null) {
      throw new SoapException("multipart message without root part");
    }
    return new MtomMessage(root, parts);
  }

  /** A parameter of a MIME header value (quotes removed), or null. */
  public static String param(String headerValue, String name) {
    for (String p : headerValue.split(";")) {
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase(name)) {
        String v = p.substring(eq + 1).trim();
        return v.startsWith("\"") && v.endsWith("\"") && v.length() > 1
            ? v.substring(1, v.length() - 1) : v;
      }
    }
    return null;
  }

  private static Map<String, String> parseHeaders(String headers) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String line : headers.split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon > 0) {
        map.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
      }
    }
    return map;
  }

  private static String stripBrackets(String id) {
    String s = id.trim();
    return s.startsWith("<") && s.endsWith(">") ? s.substring(1, s.length() - 1) : s;
  }

  private static boolean isClosing(byte[] b, int i) {
    return i + 1 < b.length && b[i] == '-' && b[i + 1] == '-';
  }

  private static int headersEnd(byte[] b, int from) {
    for (int i = from; i < b.length; i++) {
      if (b[i] == '\n' && (i + 1 < b.length) && (b[i + 1] == '\n'
          || (b[i + 1] == '\r' && i + 2 < b.length && b[i + 2] == '\n'))) {
        return i + 1;
      }
    }
    if (from < b.length && (b[from] == '\n' || b[from] == '\r')) {
      return from;
    }
    throw new SoapException("multipart part without header terminator");
  }

  private static int skipBlankLine(byte[] b, int i) {
    if (i < b.length && b[i] == '\r') {
      i++;
    }
    return i < b.length && b[i] == '\n' ? i + 1 : i;
  }

  private static int trimLineBreak(byte[] b, int end) {
    if (end > 0 && b[end - 1] == '\n') {
      end--;
      if (end > 0 && b[end - 1] == '\r') {
        end--;
      }
    }
    return end;
  }

  private static int indexOf(byte[] b, byte[] pattern, int from) {
    outer:
    for (int i = Math.max(from, 0); i <= b.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (b[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
