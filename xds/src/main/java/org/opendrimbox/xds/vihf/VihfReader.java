package org.opendrimbox.xds.vihf;

import static org.opendrimbox.xds.vihf.VihfAttributes.*;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.keys.KeyInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.opendrimbox.xds.sign.XmlSignatureException;
import org.opendrimbox.xds.xml.Ns;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Element;

/** Reads a VIHF assertion from a {@code wsse:Security} header and optionally verifies it. */
public final class VihfReader {

  static {
    org.apache.xml.security.Init.init();
  }

  private VihfReader() {}

  /** A parsed assertion and the certificate of its signature (null if none or unreadable). */
  public record Parsed(Vihf vihf, Element signature, X509Certificate certificate) {}

  /** Finds and parses the assertion; empty when the header holds none. */
  public static Optional<Parsed> read(Element security) {
    Optional<Element> found = Xml.child(security, Ns.SAML2, "Assertion");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Element a = found.get();
    a.setIdAttributeNS(null, "ID", true);
    List<Vihf.Role> roles = new ArrayList<>();
    for (Element role : Xml.descendants(a, Ns.HL7, "Role")) {
      roles.add(new Vihf.Role(role.getAttribute("code"), role.getAttribute("codeSystem"),
          role.getAttribute("displayName")));
    }
    Vihf v = new Vihf(a.getAttribute("ID"), instant(a.getAttribute("IssueInstant")),
        Xml.child(a, Ns.SAML2, "Issuer").map(Xml::text).orElse(null),
        Xml.descendant(a, Ns.SAML2, "NameID").map(Xml::text).orElse(null),
        value(a, SUBJECT_ID), roles, value(a, SECTEUR), value(a, STRUCTURE),
        new Vihf.Lps(value(a, LPS_ID), value(a, LPS_NOM), value(a, LPS_VERSION),
            value(a, LPS_HOMOLOGATION)),
        value(a, RESOURCE_ID), value(a, AUTH_MODE),
        Xml.descendant(a, Ns.SAML2, "AuthnContextClassRef").map(Xml::text).orElse(null),
        Xml.descendant(a, Ns.HL7, "PurposeOfUse").map(p -> p.getAttribute("code")).orElse(null));
    Element sig = Xml.child(a, Ns.DS, "Signature").orElse(null);
    return Optional.of(new Parsed(v, sig, sig == null ? null : certificate(sig)));
  }

  /** The VIHF_Version attribute value. */
  public static String version(Element assertion) {
    return value(assertion, VERSION);
  }

  /**
   * Verifies the enveloped signature: it must reference the assertion itself and verify with the
   * KeyInfo certificate, which is returned.
   */
  public static X509Certificate verify(Parsed parsed) {
    if (parsed.signature() == null) {
      throw new XmlSignatureException("VIHF assertion is not signed");
    }
    try {
      XMLSignature sig = new XMLSignature(parsed.signature(), "", true);
      String uri = sig.getSignedInfo().item(0).getURI();
      if (!("#" + parsed.vihf().assertionId()).equals(uri)) {
        throw new XmlSignatureException("VIHF signature does not cover the assertion");
      }
      X509Certificate cert = parsed.certificate();
      if (cert == null || !sig.checkSignatureValue(cert)) {
        throw new XmlSignatureException("VIHF signature does not verify");
      }
      return cert;
    } catch (XMLSecurityException e) {
      throw new XmlSignatureException("VIHF signature does not verify: " + e.getMessage(), e);
    }
  }

  private static X509Certificate certificate(Element sig) {
    try {
      KeyInfo ki = new XMLSignature(sig, "", true).getKeyInfo();
      return ki == null ? null : ki.getX509Certificate();
    } catch (XMLSecurityException | RuntimeException e) {
      return null;
    }
  }

  private static String value(Element assertion, String name) {
    for (Element attr : Xml.descendants(assertion, Ns.SAML2, "Attribute")) {
      if (name.equals(attr.getAttribute("Name"))) {
        return Xml.child(attr, Ns.SAML2, "AttributeValue").map(Xml::text).orElse(null);
      }
    }
    return null;
  }

  private static Instant instant(String s) {
    try {
      return Instant.parse(s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
