package org.opendrimbox.xds.sign;

import java.security.MessageDigest;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendrimbox.xds.xml.Ns;
import org.opendrimbox.xds.xml.Xml;
import org.opendrimbox.xds.xml.XmlException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Checks an IHE DSG source signature document. {@link Mode#FULL} verifies the signature value and
 * the signed references with the KeyInfo certificate, and the XAdES SigningCertificate digest;
 * {@link Mode#STRUCTURE} only checks the shape (used for the ANS samples, whose signing keys and
 * exact bytes are not available).
 */
public final class XadesVerifier {

  /** Verification depth. */
  public enum Mode { FULL, STRUCTURE }

  private XadesVerifier() {}

  /** Verifies the signature document and returns what it states. */
  public static SourceSignature verify(byte[] xml, Mode mode) {
    Document doc;
    try {
      doc = Xml.parse(xml);
    } catch (XmlException e) {
      throw new XmlSignatureException("signature document is not XML");
    }
    Element sig = doc.getDocumentElement();
    if (!Ns.DS.equals(sig.getNamespaceURI()) || !"Signature".equals(sig.getLocalName())) {
      throw new XmlSignatureException("signature document root is not ds:Signature");
    }
    Element manifest = Xml.descendant(sig, Ns.DS, "Manifest")
        .orElseThrow(() -> new XmlSignatureException("no ds:Manifest in signature"));
    Element signedProps = Xml.descendant(sig, Ns.XADES, "SignedProperties")
        .orElseThrow(() -> new XmlSignatureException("no XAdES SignedProperties in signature"));
    manifest.setIdAttributeNS(null, "Id", true);
    signedProps.setIdAttributeNS(null, "Id", true);
    requireSignedReference(sig, manifest.getAttribute("Id"));
    requireSignedReference(sig, signedProps.getAttribute("Id"));
    X509Certificate cert;
    if (mode == Mode.FULL) {
      cert = Santuario.verifyWithKeyInfo(sig);
      checkSigningCertificate(signedProps, cert);
    } else {
      cert = Santuario.keyInfoCertificate(sig);
    }
    String purpose = Xml.descendant(sig, Ns.DS, "SignatureProperty").map(Xml::text).orElse(null);
    return new SourceSignature(sig.getAttribute("Id"), cert, manifestDigests(manifest), purpose,
        mode == Mode.FULL);
  }

  private static void requireSignedReference(Element sig, String id) {
    Element signedInfo = Xml.child(sig, Ns.DS, "SignedInfo")
        .orElseThrow(() -> new XmlSignatureException("no ds:SignedInfo"));
    boolean found = Xml.children(signedInfo, Ns.DS, "Reference").stream()
        .anyMatch(r -> ("#" + id).equals(r.getAttribute("URI")));
    if (!found) {
      throw new XmlSignatureException("SignedInfo does not reference #" + id);
    }
  }

  private static Map<String, SourceSignature.ManifestDigest> manifestDigests(Element manifest) {
    Map<String, SourceSignature.ManifestDigest> out = new LinkedHashMap<>();
    for (Element ref : Xml.children(manifest, Ns.DS, "Reference")) {
      String alg = Xml.child(ref, Ns.DS, "DigestMethod").map(d -> d.getAttribute("Algorithm"))
          .orElse("");
      byte[] value = Base64.getMimeDecoder().decode(
          Xml.child(ref, Ns.DS, "DigestValue").map(Xml::text).orElse(""));
      out.put(ref.getAttribute("URI"), new SourceSignature.ManifestDigest(alg, value));
    }
    return out;
  }

  private static void checkSigningCertificate(Element signedProps, X509Certificate cert) {
    List<Element> certDigests = Xml.descendants(signedProps, Ns.XADES, "CertDigest");
    if (certDigests.isEmpty()) {
      throw new XmlSignatureException("XAdES SigningCertificate missing");
    }
    Element cd = certDigests.get(0);
    String alg = Xml.child(cd, Ns.DS, "DigestMethod").map(d -> d.getAttribute("Algorithm"))
        .orElse("");
    byte[] expected = Base64.getMimeDecoder().decode(
        Xml.child(cd, Ns.DS, "DigestValue").map(Xml::text).orElse(""));
    try {
      byte[] actual = SignatureProfile.digest(SignatureProfile.jcaName(alg), cert.getEncoded());
      if (!MessageDigest.isEqual(expected, actual)) {
        throw new XmlSignatureException("XAdES SigningCertificate digest does not match KeyInfo");
      }
    } catch (CertificateEncodingException e) {
      throw new XmlSignatureException("unreadable signer certificate", e);
    }
  }
}
