package org.opendrimbox.xds.sign;

import java.security.cert.X509Certificate;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.keys.KeyInfo;
import org.apache.xml.security.signature.XMLSignature;
import org.w3c.dom.Element;

/** One place that initialises Apache Santuario and wraps its checked exceptions. */
final class Santuario {

  static {
    org.apache.xml.security.Init.init();
  }

  private Santuario() {}

  static void init() {
    // static initialiser does the work
  }

  /** Verifies a signature element with the certificate of its KeyInfo; returns the certificate. */
  static X509Certificate verifyWithKeyInfo(Element signatureElement) {
    init();
    try {
      XMLSignature sig = new XMLSignature(signatureElement, "", true);
      KeyInfo ki = sig.getKeyInfo();
      X509Certificate cert = ki == null ? null : ki.getX509Certificate();
      if (cert == null) {
        throw new XmlSignatureException("signature without X509Certificate in KeyInfo");
      }
      if (!sig.checkSignatureValue(cert)) {
        throw new XmlSignatureException("signature value or reference digest does not verify");
      }
      return cert;
    } catch (XMLSecurityException e) {
      throw new XmlSignatureException("signature does not verify: " + e.getMessage(), e);
    }
  }

  /** Reads the certificate of a signature's KeyInfo without verifying anything. */
  static X509Certificate keyInfoCertificate(Element signatureElement) {
    init();
    try {
      KeyInfo ki = new XMLSignature(signatureElement, "", true).getKeyInfo();
      return ki == null ? null : ki.getX509Certificate();
    } catch (XMLSecurityException e) {
      return null;
    }
  }
}
