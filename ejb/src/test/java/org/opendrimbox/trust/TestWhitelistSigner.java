package org.opendrimbox.trust;

import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.apache.xml.security.c14n.Canonicalizer;
import org.apache.xml.security.signature.ObjectContainer;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.apache.xml.security.transforms.params.XPath2FilterContainer;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Signs a whitelist the way the ANS does (enveloped XAdES-BASELINE-B, RSA-SHA256, XPath-Filter2 subtract,
 * SigningCertificateV2 with SHA-512, KeyInfo with the whole chain) so that tests can build lists signed by
 * a generated PKI.
 */
public final class TestWhitelistSigner {

  private static final String XADES = "http://uri.etsi.org/01903/v1.3.2#";
  private static final String DS = "http://www.w3.org/2000/09/xmldsig#";

  static {
    org.apache.xml.security.Init.init();
  }

  private TestWhitelistSigner() {}

  /** Returns the signed document bytes. */
  public static byte[] sign(byte[] unsignedXml, PrivateKey key, List<X509Certificate> chain) {
    try {
      Document doc = Xml.parse(unsignedXml);
      Element root = doc.getDocumentElement();
      String id = "id-" + Long.toHexString(System.nanoTime());
      XMLSignature sig = new XMLSignature(doc, "", XMLSignature.ALGO_ID_SIGNATURE_RSA_SHA256,
          Canonicalizer.ALGO_ID_C14N_EXCL_OMIT_COMMENTS);
      sig.setId(id);
      root.appendChild(sig.getElement());

      Transforms docTransforms = new Transforms(doc);
      docTransforms.addTransform(Transforms.TRANSFORM_XPATH2FILTER,
          XPath2FilterContainer.newInstanceSubtract(doc, "/descendant::ds:Signature").getElementPlusReturns());
      docTransforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
      sig.addDocument("", docTransforms, "http://www.w3.org/2001/04/xmlenc#sha256");

      sig.addKeyInfo(chain.get(0));
      for (X509Certificate c : chain.subList(1, chain.size())) {
        sig.getKeyInfo().itemX509Data(0).addCertificate(c);
      }

      Element qp = doc.createElementNS(XADES, "xades:QualifyingProperties");
      qp.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xades", XADES);
      qp.setAttribute("Target", "#" + id);
      Element sp = append(qp, "SignedProperties");
      sp.setAttribute("Id", "xades-" + id);
      sp.setIdAttribute("Id", true);
      Element ssp = append(sp, "SignedSignatureProperties");
      append(ssp, "SigningTime").setTextContent(Instant.now().toString());
      Element certDigest = append(append(append(ssp, "SigningCertificateV2"), "Cert"), "CertDigest");
      Element dm = doc.createElementNS(DS, "ds:DigestMethod");
      dm.setAttribute("Algorithm", "http://www.w3.org/2001/04/xmlenc#sha512");
      certDigest.appendChild(dm);
      Element dv = doc.createElementNS(DS, "ds:DigestValue");
      dv.setTextContent(Base64.getEncoder().encodeToString(
          MessageDigest.getInstance("SHA-512").digest(chain.get(0).getEncoded())));
      certDigest.appendChild(dv);
      ObjectContainer object = new ObjectContainer(doc);
      object.appendChild(qp);
      sig.appendObject(object);

      Transforms propTransforms = new Transforms(doc);
      propTransforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
      sig.addDocument("#xades-" + id, propTransforms, "http://www.w3.org/2001/04/xmlenc#sha256", null,
          "http://uri.etsi.org/01903#SignedProperties");
      sig.sign(key);
      return Xml.toBytes(doc);
    } catch (Exception e) {
      throw new IllegalStateException("cannot sign test whitelist", e);
    }
  }

  private static Element append(Element parent, String local) {
    Element e = parent.getOwnerDocument().createElementNS(XADES, "xades:" + local);
    parent.appendChild(e);
    return e;
  }
}
