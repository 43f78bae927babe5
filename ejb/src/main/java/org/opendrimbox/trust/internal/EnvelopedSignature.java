package org.opendrimbox.trust.internal;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.XMLSignature;
import org.opendrimbox.xds.sign.SignatureProfile;
import org.opendrimbox.xds.xml.Ns;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Element;

/**
 * Verifies the enveloped XAdES-BASELINE-B signature of a whitelist with Apache Santuario (secure validation):
 * one {@code ds:Signature}, last child of the root; a reference {@code URI=""} that covers the whole document
 * except the signature (enveloped-signature or XPath-Filter2 subtract transform, canonicalisation only); the
 * XAdES SignedProperties referenced too; the signer found in KeyInfo by its {@code SigningCertificateV2} digest.
 */
public final class EnvelopedSignature {

  static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";
  private static final String FILTER2 = "http://www.w3.org/2002/06/xmldsig-filter2";
  private static final String ENVELOPED = "http://www.w3.org/2000/09/xmldsig#enveloped-signature";
  private static final Set<String> C14N = Set.of(
      "http://www.w3.org/2001/10/xml-exc-c14n#", "http://www.w3.org/2001/10/xml-exc-c14n#WithComments",
      "http://www.w3.org/TR/2001/REC-xml-c14n-20010315", "http://www.w3.org/2006/12/xml-c14n11");

  static {
    org.apache.xml.security.Init.init();
  }

  private EnvelopedSignature() {}

  /** The signer certificate and every certificate of KeyInfo (intermediates for path building). */
  public record Verified(X509Certificate signer, List<X509Certificate> keyInfoCertificates) {}

  /** A signature that does not verify or has a forbidden shape. */
  public static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message);
    }
  }

  /** The enveloped signature element, or null when the document has none; throws when it has several. */
  public static Element find(Element root) throws Invalid {
    List<Element> all = Xml.descendants(root, Ns.DS, "Signature");
    if (all.isEmpty()) {
      return null;
    }
    if (all.size() > 1 || all.get(0).getParentNode() != root) {
      throw new Invalid("expected exactly one enveloped ds:Signature child of the root, found " + all.size());
    }
    return all.get(0);
  }

  /** Verifies signature value, references and signer identification; returns the signer. */
  public static Verified verify(Element signature) throws Invalid {
    Element signedProps = Xml.descendant(signature, XADES, "SignedProperties")
        .orElseThrow(() -> new Invalid("no XAdES SignedProperties"));
    signedProps.setIdAttributeNS(null, "Id", true);
    checkReferences(signature, signedProps.getAttribute("Id"));
    List<X509Certificate> certs = keyInfoCertificates(signature);
    X509Certificate signer = signingCertificate(signedProps, certs);
    try {
      XMLSignature sig = new XMLSignature(signature, "", true);
      if (!sig.checkSignatureValue(signer)) {
        throw new Invalid("signature value or a reference digest does not verify (content altered)");
      }
    } catch (XMLSecurityException e) {
      throw new Invalid("signature does not verify: " + e.getMessage());
    }
    return new Verified(signer, certs);
  }

  private static void checkReferences(Element signature, String propsId) throws Invalid {
    Element signedInfo = Xml.child(signature, Ns.DS, "SignedInfo").orElseThrow(() -> new Invalid("no SignedInfo"));
    boolean whole = false;
    boolean props = false;
    for (Element ref : Xml.children(signedInfo, Ns.DS, "Reference")) {
      String uri = ref.getAttribute("URI");
      if (uri.isEmpty() && ref.hasAttribute("URI")) {
        checkDocumentTransforms(ref);
        whole = true;
      } else if (uri.equals("#" + propsId)) {
        props = true;
      } else {
        throw new Invalid("unexpected signed reference '" + uri + "'");
      }
    }
    if (!whole) {
      throw new Invalid("the signature does not cover the document (no Reference URI=\"\")");
    }
    if (!props) {
      throw new Invalid("the XAdES SignedProperties are not signed");
    }
  }

  private static void checkDocumentTransforms(Element ref) throws Invalid {
    boolean excludesSignature = false;
    for (Element t : Xml.descendants(ref, Ns.DS, "Transform")) {
      String alg = t.getAttribute("Algorithm");
      if (ENVELOPED.equals(alg)) {
        excludesSignature = true;
      } else if (FILTER2.equals(alg)) {
        List<Element> xpaths = Xml.children(t, FILTER2, "XPath");
        if (xpaths.size() != 1 || !"subtract".equals(xpaths.get(0).getAttribute("Filter"))
            || !"/descendant::ds:Signature".equals(Xml.text(xpaths.get(0)))) {
          throw new Invalid("XPath-Filter2 transform other than subtract /descendant::ds:Signature");
        }
        excludesSignature = true;
      } else if (!C14N.contains(alg)) {
        throw new Invalid("transform not allowed on the document reference: " + alg);
      }
    }
    if (!excludesSignature) {
      throw new Invalid("document reference is not enveloped");
    }
  }

  private static List<X509Certificate> keyInfoCertificates(Element signature) throws Invalid {
    List<X509Certificate> out = new ArrayList<>();
    try {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      Element keyInfo = Xml.child(signature, Ns.DS, "KeyInfo").orElseThrow(() -> new Invalid("no KeyInfo"));
      for (Element c : Xml.descendants(keyInfo, Ns.DS, "X509Certificate")) {
        byte[] der = Base64.getMimeDecoder().decode(Xml.text(c));
        out.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(der)));
      }
    } catch (CertificateException | IllegalArgumentException e) {
      throw new Invalid("unreadable certificate in KeyInfo: " + e.getMessage());
    }
    if (out.isEmpty()) {
      throw new Invalid("no X509Certificate in KeyInfo");
    }
    return out;
  }

  private static X509Certificate signingCertificate(Element signedProps, List<X509Certificate> certs)
      throws Invalid {
    Element certDigest = Xml.descendant(signedProps, XADES, "CertDigest")
        .orElseThrow(() -> new Invalid("no XAdES SigningCertificate(V2)"));
    String alg = Xml.child(certDigest, Ns.DS, "DigestMethod").map(d -> d.getAttribute("Algorithm")).orElse("");
    byte[] expected = Base64.getMimeDecoder().decode(
        Xml.child(certDigest, Ns.DS, "DigestValue").map(Xml::text).orElse(""));
    String jca;
    try {
      jca = SignatureProfile.jcaName(alg);
    } catch (IllegalArgumentException e) {
      throw new Invalid("unsupported SigningCertificate digest " + alg);
    }
    for (X509Certificate c : certs) {
      try {
        if (MessageDigest.isEqual(expected, SignatureProfile.digest(jca, c.getEncoded()))) {
          return c;
        }
      } catch (java.security.cert.CertificateEncodingException e) {
        throw new Invalid("unreadable KeyInfo certificate");
      }
    }
    throw new Invalid("no KeyInfo certificate matches the XAdES SigningCertificate digest");
  }
}
