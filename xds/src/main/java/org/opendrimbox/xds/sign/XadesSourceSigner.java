package org.opendrimbox.xds.sign;

import java.security.cert.CertificateEncodingException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Map;
import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.ObjectContainer;
import org.apache.xml.security.signature.XMLSignature;
import org.opendrimbox.xds.xml.Ns;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Produces the IHE DSG "Source" signature of a submission set, as published to the DMP: a detached
 * XAdES (v1.1.1 namespace, as in the ANS samples) {@code ds:Signature} whose SignedInfo references
 * an {@code IHEManifest} listing {@code urn:oid:<uniqueId>} digests, plus the XAdES
 * SignedProperties (signing time, signing certificate digest, implied policy).
 */
public final class XadesSourceSigner {
  /** purposeOfSignature value for "Source" (ASTM E1762). */
  public static final String PURPOSE_SOURCE = "1.2.840.10065.1.12.1.14";
  public static final String MANIFEST_ID = "IHEManifest";
  public static final String SIGNED_PROPERTIES_ID = "S0-SignedProperties";
  static final String C14N_WITH_COMMENTS =
      "http://www.w3.org/TR/2001/REC-xml-c14n-20010315#WithComments";
  static final String MANIFEST_TYPE = "http://www.w3.org/2000/09/xmldsig#Manifest";
  static final String SIGNED_PROPERTIES_TYPE = Ns.XADES + "SignedProperties";
  /** Placeholder digest of the submission-set reference, as in every ANS sample. */
  static final String SUBMISSION_SET_DIGEST = "AA==";

  private final SigningKey key;
  private final SignatureProfile profile;

  public XadesSourceSigner(SigningKey key, SignatureProfile profile) {
    this.key = key;
    this.profile = profile;
  }

  /**
   * Signs.
   *
   * @param signatureUid the signature DocumentEntry uniqueId, also the ds:Signature Id
   * @param submissionSetUid the submission set uniqueId
   * @param documents document uniqueId → document bytes
   * @param signingTime XAdES SigningTime
   * @return the signature document (UTF-8 XML)
   */
  public byte[] sign(String signatureUid, String submissionSetUid, Map<String, byte[]> documents,
      OffsetDateTime signingTime) {
    Santuario.init();
    try {
      Document doc = Xml.newDocument();
      XMLSignature sig = new XMLSignature(doc, "", profile.signatureUri(), C14N_WITH_COMMENTS);
      Element sigEl = sig.getElement();
      doc.appendChild(sigEl);
      sig.setId(signatureUid);
      sig.appendObject(purposeObject(doc, signatureUid));
      ObjectContainer manifestObject = new ObjectContainer(doc);
      Element manifest = manifest(doc, submissionSetUid, documents);
      manifestObject.appendChild(manifest);
      sig.appendObject(manifestObject);
      ObjectContainer qpObject = new ObjectContainer(doc);
      Element signedProps = qualifyingProperties(doc, qpObject, signatureUid, signingTime);
      sig.appendObject(qpObject);
      manifest.setIdAttributeNS(null, "Id", true);
      signedProps.setIdAttributeNS(null, "Id", true);
      sig.addDocument("#" + MANIFEST_ID, null, profile.digestUri(), null, MANIFEST_TYPE);
      sig.addDocument("#" + SIGNED_PROPERTIES_ID, null, profile.digestUri(), null,
          SIGNED_PROPERTIES_TYPE);
      sig.addKeyInfo(key.certificate());
      sig.sign(key.privateKey());
      return Xml.toBytes(doc);
    } catch (XMLSecurityException | CertificateEncodingException e) {
      throw new XmlSignatureException("Cannot sign submission set", e);
    }
  }

  private ObjectContainer purposeObject(Document doc, String signatureUid) {
    ObjectContainer o = new ObjectContainer(doc);
    Element props = doc.createElementNS(Ns.DS, "ds:SignatureProperties");
    Element prop = Xml.appendText(props, Ns.DS, "ds:SignatureProperty", PURPOSE_SOURCE);
    prop.setAttribute("Id", "purposeOfSignature");
    prop.setAttribute("Target", "#" + signatureUid);
    o.appendChild(props);
    return o;
  }

  private Element manifest(Document doc, String submissionSetUid, Map<String, byte[]> documents) {
    Element manifest = doc.createElementNS(Ns.DS, "ds:Manifest");
    manifest.setAttribute("Id", MANIFEST_ID);
    reference(manifest, "urn:oid:" + submissionSetUid, SUBMISSION_SET_DIGEST);
    documents.forEach((uid, bytes) -> reference(manifest, "urn:oid:" + uid,
        Base64.getEncoder().encodeToString(profile.digest(bytes))));
    return manifest;
  }

  private void reference(Element manifest, String uri, String digest) {
    Element ref = Xml.append(manifest, Ns.DS, "ds:Reference");
    ref.setAttribute("URI", uri);
    Xml.append(ref, Ns.DS, "ds:DigestMethod").setAttribute("Algorithm", profile.digestUri());
    Xml.appendText(ref, Ns.DS, "ds:DigestValue", digest);
  }

  private Element qualifyingProperties(Document doc, ObjectContainer parent, String signatureUid,
      OffsetDateTime signingTime) throws CertificateEncodingException {
    Element qp = doc.createElementNS(Ns.XADES, "xades:QualifyingProperties");
    qp.setAttributeNS(Ns.XMLNS, "xmlns:xades", Ns.XADES);
    qp.setAttribute("Target", "#" + signatureUid);
    parent.appendChild(qp);
    Element sp = Xml.append(qp, Ns.XADES, "xades:SignedProperties");
    sp.setAttribute("Id", SIGNED_PROPERTIES_ID);
    Element ssp = Xml.append(sp, Ns.XADES, "xades:SignedSignatureProperties");
    Xml.appendText(ssp, Ns.XADES, "xades:SigningTime",
        signingTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    Element cert = Xml.append(Xml.append(ssp, Ns.XADES, "xades:SigningCertificate"), Ns.XADES,
        "xades:Cert");
    Element certDigest = Xml.append(cert, Ns.XADES, "xades:CertDigest");
    Xml.append(certDigest, Ns.DS, "ds:DigestMethod").setAttribute("Algorithm",
        profile.digestUri());
    Xml.appendText(certDigest, Ns.DS, "ds:DigestValue", Base64.getEncoder()
        .encodeToString(profile.digest(key.certificate().getEncoded())));
    Element issuerSerial = Xml.append(cert, Ns.XADES, "xades:IssuerSerial");
    Xml.appendText(issuerSerial, Ns.DS, "ds:X509IssuerName",
        key.certificate().getIssuerX500Principal().getName());
    Xml.appendText(issuerSerial, Ns.DS, "ds:X509SerialNumber",
        key.certificate().getSerialNumber().toString());
    Xml.append(Xml.append(ssp, Ns.XADES, "xades:SignaturePolicyIdentifier"), Ns.XADES,
        "xades:SignaturePolicyImplied");
    Xml.append(sp, Ns.XADES, "xades:SignedDataObjectProperties");
    return sp;
  }
}
