package org.opendrimbox.trust.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.opendrimbox.trust.WhitelistEntry;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Element;

/** Reads the content of a {@code ListeBlancheDRIM-M} document (format 1.0.0); checks nothing cryptographic. */
public final class WhitelistParser {

  /** Root element local name. */
  public static final String ROOT = "ListeBlancheDRIM-M";

  private WhitelistParser() {}

  /** The parsed content of a list. */
  public record Content(Instant generatedAt, List<WhitelistEntry> entries) {}

  /** Parses the root element; throws IllegalArgumentException when the document is not a whitelist. */
  public static Content parse(Element root) {
    if (!ROOT.equals(root.getLocalName())) {
      throw new IllegalArgumentException("root element is not " + ROOT);
    }
    String ns = root.getNamespaceURI() == null ? "" : root.getNamespaceURI();
    Instant generated = Xml.child(root, ns, "DateDeGeneration").map(e -> instant(Xml.text(e))).orElse(null);
    Element list = Xml.child(root, ns, "ListeDomaines")
        .orElseThrow(() -> new IllegalArgumentException("no ListeDomaines"));
    List<WhitelistEntry> entries = new ArrayList<>();
    for (Element d : Xml.children(list, ns, "Domaine")) {
      String dn = text(d, ns, "DNCertificatOperateur");
      String db = text(d, ns, "db");
      if (db.isEmpty() || dn.isEmpty()) {
        throw new IllegalArgumentException("Domaine " + text(d, ns, "Identifiant") + " without db or DN");
      }
      entries.add(new WhitelistEntry(text(d, ns, "Identifiant"), db, text(d, ns, "vi"),
          text(d, ns, "Denomination"), DistinguishedNames.parse(dn), text(d, ns, "SupportContact"),
          instant(text(d, ns, "DateMAJ"))));
    }
    return new Content(generated, entries);
  }

  private static String text(Element parent, String ns, String local) {
    return Xml.child(parent, ns, local).map(Xml::text).orElse("");
  }

  private static Instant instant(String s) {
    try {
      return s.isEmpty() ? null : Instant.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
