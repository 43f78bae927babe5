package org.opendrimbox.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses WADO-RS {@code Accept} headers in every shape the ANS test tools send: one comma-separated list (trailing
 * comma allowed), several {@code Accept} headers, a range with the media type left out ({@code
 * transfer-syntax=...;q=0.9;boundary=b}, read as {@code multipart/related; type="application/dicom"}), and q values
 * {@code 0}, {@code 0.0}, {@code 1}, {@code 1.0}. The result is sorted by decreasing q, ties kept in request order
 * (DB.SO.85). Malformed ranges give {@link SourceException.Reason#BAD_REQUEST}.
 */
public final class AcceptHeader {

  private static final Pattern QVALUE = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$&^_.+*-]+/[A-Za-z0-9!#$&^_.+*-]+");

  private AcceptHeader() {
  }

  /** All ranges of the given header values (null or no value means {@code *}{@code /*}), best first. */
  public static List<AcceptedType> parse(List<String> headerValues) {
    List<AcceptedType> out = new ArrayList<>();
    if (headerValues != null) {
      for (String value : headerValues) {
        for (String range : split(value == null ? "" : value, ',')) {
          if (!range.isBlank()) {
            out.add(parseRange(range.strip(), out.size()));
          }
        }
      }
    }
    if (out.isEmpty()) {
      out.add(new AcceptedType("*/*", null, null, 1.0, 0));
    }
    out.sort(Comparator.comparingDouble(AcceptedType::quality).reversed()
        .thenComparingInt(AcceptedType::position));
    return List.copyOf(out);
  }

  static AcceptedType parseRange(String range, int position) {
    List<String> parts = split(range, ';');
    String first = parts.get(0).strip();
    String mediaType;
    String relatedType = null;
    int paramStart = 1;
    if (first.contains("=")) {
      mediaType = "multipart/related";
      relatedType = "application/dicom";
      paramStart = 0;
    } else {
      if (!TOKEN.matcher(first).matches()) {
        throw bad("malformed media range '" + first + "'");
      }
      mediaType = first.toLowerCase(Locale.ROOT);
    }
    String ts = null;
    double q = 1.0;
    for (int i = paramStart; i < parts.size(); i++) {
      String p = parts.get(i).strip();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw bad("malformed parameter '" + p + "' in Accept");
      }
      String name = p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
      String value = unquote(p.substring(eq + 1).strip());
      switch (name) {
        case "q" -> q = quality(value);
        case "type" -> relatedType = value.toLowerCase(Locale.ROOT);
        case "transfer-syntax" -> ts = transferSyntax(value);
        default -> { } // boundary, charset...: not used for the choice
      }
    }
    return new AcceptedType(mediaType, relatedType, ts, q, position);
  }

  private static double quality(String v) {
    if (!QVALUE.matcher(v).matches()) {
      throw bad("invalid q value '" + v + "' in Accept (0 to 1, at most 3 decimals)");
    }
    return Double.parseDouble(v);
  }

  private static String transferSyntax(String v) {
    if (!"*".equals(v) && !StudyCoverage.isUid(v)) {
      throw bad("invalid transfer-syntax '" + v + "' in Accept");
    }
    return v;
  }

  private static SourceException bad(String message) {
    return new SourceException(SourceException.Reason.BAD_REQUEST, message);
  }

  /** Splits at sep outside double quotes. */
  static List<String> split(String s, char sep) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == sep && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }

  private static String unquote(String v) {
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
  }
}
