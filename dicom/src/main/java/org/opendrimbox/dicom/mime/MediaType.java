package org.opendrimbox.dicom.mime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An immutable media type with parameters, e.g. {@code multipart/related; type="application/dicom";
 * transfer-syntax=1.2.840.10008.1.2.1}. Type, subtype and parameter names are lower-cased; values keep their case.
 */
public final class MediaType {

  public static final MediaType APPLICATION_DICOM = new MediaType("application", "dicom", Map.of());
  public static final MediaType APPLICATION_DICOM_JSON = new MediaType("application", "dicom+json", Map.of());
  public static final MediaType APPLICATION_JSON = new MediaType("application", "json", Map.of());
  public static final MediaType APPLICATION_OCTET_STREAM = new MediaType("application", "octet-stream", Map.of());
  public static final MediaType MULTIPART_RELATED = new MediaType("multipart", "related", Map.of());

  private final String type;
  private final String subtype;
  private final Map<String, String> parameters;

  public MediaType(String type, String subtype, Map<String, String> parameters) {
    this.type = type.toLowerCase(Locale.ROOT);
    this.subtype = subtype.toLowerCase(Locale.ROOT);
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
  }

  /** Parses one media type; throws IllegalArgumentException if it has no type/subtype. */
  public static MediaType parse(String s) {
    List<String> parts = split(s, ';');
    String full = parts.get(0).trim();
    int slash = full.indexOf('/');
    if (slash <= 0 || slash == full.length() - 1) {
      throw new IllegalArgumentException("not a media type: " + s);
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 1; i < parts.size(); i++) {
      String p = parts.get(i).trim();
      int eq = p.indexOf('=');
      if (eq > 0) {
        params.put(p.substring(0, eq).trim().toLowerCase(Locale.ROOT), unquote(p.substring(eq + 1).trim()));
      }
    }
    return new MediaType(full.substring(0, slash).trim(), full.substring(slash + 1).trim(), params);
  }

  /** Parses an Accept header into media types, highest quality first (stable for equal q). */
  public static List<MediaType> parseAccept(String header) {
    List<MediaType> out = new ArrayList<>();
    if (header == null || header.isBlank()) {
      return out;
    }
    for (String s : split(header, ',')) {
      if (!s.isBlank()) {
        out.add(parse(s));
      }
    }
    out.sort((a, b) -> Double.compare(b.quality(), a.quality()));
    return out;
  }

  /** Splits on sep outside double quotes. */
  private static List<String> split(String s, char sep) {
    List<String> out = new ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' && (i == 0 || s.charAt(i - 1) != '\\')) {
        quoted = !quoted;
      } else if (c == sep && !quoted) {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }

  private static String unquote(String v) {
    if (v.length() >= 2 && v.charAt(0) == '"' && v.charAt(v.length() - 1) == '"') {
      return v.substring(1, v.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
    }
    return v;
  }

  public String type() {
    return type;
  }

  public String subtype() {
    return subtype;
  }

  public Map<String, String> parameters() {
    return parameters;
  }

  /** A parameter value (name case-insensitive), or null. */
  public String parameter(String name) {
    return parameters.get(name.toLowerCase(Locale.ROOT));
  }

  /** The q parameter, 1.0 if absent or invalid. */
  public double quality() {
    String q = parameter("q");
    try {
      return q == null ? 1.0 : Double.parseDouble(q);
    } catch (NumberFormatException e) {
      return 1.0;
    }
  }

  public String boundary() {
    return parameter("boundary");
  }

  /** The {@code type} parameter of a multipart/related type, parsed; null if absent. */
  public MediaType relatedType() {
    String t = parameter("type");
    return t == null ? null : parse(t);
  }

  public String transferSyntax() {
    return parameter("transfer-syntax");
  }

  /** True if type and subtype match, wildcards ({@code *}) on either side included. */
  public boolean isCompatible(MediaType other) {
    return (type.equals("*") || other.type.equals("*") || type.equals(other.type))
        && (subtype.equals("*") || other.subtype.equals("*") || subtype.equals(other.subtype));
  }

  /** Same type and subtype, ignoring parameters. */
  public boolean sameType(MediaType other) {
    return type.equals(other.type) && subtype.equals(other.subtype);
  }

  /** A copy with one parameter added or replaced. */
  public MediaType withParameter(String name, String value) {
    Map<String, String> p = new LinkedHashMap<>(parameters);
    p.put(name.toLowerCase(Locale.ROOT), value);
    return new MediaType(type, subtype, p);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(type).append('/').append(subtype);
    parameters.forEach((k, v) -> sb.append("; ").append(k).append('=').append(quoteIfNeeded(v)));
    return sb.toString();
  }

  private static String quoteIfNeeded(String v) {
    for (int i = 0; i < v.length(); i++) {
      if ("()<>@,;:\\\"/[]?= \t".indexOf(v.charAt(i)) >= 0) {
        return '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
      }
    }
    return v.isEmpty() ? "\"\"" : v;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MediaType m && type.equals(m.type) && subtype.equals(m.subtype)
        && parameters.equals(m.parameters);
  }

  @Override
  public int hashCode() {
    return (type.hashCode() * 31 + subtype.hashCode()) * 31 + parameters.hashCode();
  }
}
