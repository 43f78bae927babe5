package org.opendrimbox.xds.transaction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendrimbox.xds.rim.RimReader;
import org.opendrimbox.xds.rim.RimWriter;
import org.opendrimbox.xds.rim.Slot;
import org.opendrimbox.xds.xml.Ns;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Element;

/**
 * ITI-18 {@code query:AdhocQueryRequest}. Parameter values are kept in their ebXML query syntax
 * ({@code 'value'} or {@code ('a','b')}); a parameter given several times is an AND of ORs.
 *
 * @param queryId stored query UUID
 * @param returnType {@code LeafClass} or {@code ObjectRef}
 * @param parameters parameter name → list of slot values (one per occurrence)
 */
public record StoredQuery(String queryId, String returnType, Map<String, List<String>> parameters) {
  public static final String FIND_DOCUMENTS = "urn:uuid:14d4debf-8f97-4251-9a74-a90016b0af0d";
  public static final String GET_DOCUMENTS = "urn:uuid:5c4f972b-d56b-40ac-a5fc-c8ca9b40b9d4";
  public static final String FIND_BY_REFERENCE_ID = "urn:uuid:12941a89-e02e-4be5-967c-ce4bfc8fe492";
  public static final String GET_ASSOCIATIONS = "urn:uuid:a7ae438b-4bc2-4642-93e9-be891f7bb155";

  /** Appends the request to the SOAP body. */
  public void write(Element body) {
    Element req = Xml.append(body, Ns.QUERY, "query:AdhocQueryRequest");
    Element opt = Xml.append(req, Ns.QUERY, "query:ResponseOption");
    opt.setAttribute("returnComposedObjects", "true");
    opt.setAttribute("returnType", returnType);
    Element q = Xml.append(req, Ns.RIM, "rim:AdhocQuery");
    q.setAttribute("id", queryId);
    List<Slot> slots = new ArrayList<>();
    parameters.forEach((name, values) -> values.forEach(v -> slots.add(Slot.of(name, v))));
    RimWriter.writeSlots(q, slots);
  }

  /** Reads the request element. */
  public static StoredQuery read(Element request) {
    String returnType = Xml.child(request, Ns.QUERY, "ResponseOption")
        .map(o -> o.getAttribute("returnType")).orElse("LeafClass");
    Element q = Xml.child(request, Ns.RIM, "AdhocQuery")
        .orElseThrow(() -> new IllegalArgumentException("no rim:AdhocQuery"));
    Map<String, List<String>> params = new LinkedHashMap<>();
    for (Slot s : RimReader.readSlots(q)) {
      params.computeIfAbsent(s.name(), k -> new ArrayList<>()).addAll(s.values());
    }
    return new StoredQuery(q.getAttribute("id"), returnType, params);
  }

  /** Quotes a single value: {@code 'v'}. */
  public static String single(String v) {
    return "'" + v.replace("'", "''") + "'";
  }

  /** Quotes a list: {@code ('a','b')}. */
  public static String list(List<String> values) {
    return "(" + String.join(",", values.stream().map(StoredQuery::single).toList()) + ")";
  }

  /** Parses {@code 'a'} or {@code ('a','b')} into its values. */
  public static List<String> parseValues(String raw) {
    String s = raw.trim();
    if (s.startsWith("(") && s.endsWith(")")) {
      s = s.substring(1, s.length() - 1);
    }
    List<String> out = new ArrayList<>();
    StringBuilder cur = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (cur == null) {
        if (c == '\'') {
          cur = new StringBuilder();
        } else if (c != ',' && !Character.isWhitespace(c)) {
          int end = s.indexOf(',', i);
          out.add(s.substring(i, end < 0 ? s.length() : end).trim());
          i = end < 0 ? s.length() : end;
        }
      } else if (c == '\'') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
          cur.append('\'');
          i++;
        } else {
          out.add(cur.toString());
          cur = null;
        }
      } else {
        cur.append(c);
      }
    }
    return out;
  }
}
