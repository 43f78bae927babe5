package org.opendrimbox.xds.vihf;

import static org.opendrimbox.xds.vihf.VihfAttributes.*;

import org.apache.xml.security.exceptions.XMLSecurityException;
import org.apache.xml.security.signature.XMLSignature;
import org.apache.xml.security.transforms.Transforms;
import org.opendrimbox.xds.sign.SignatureProfile;
import org.opendrimbox.xds.sign.SigningKey;
import org.opendrimbox.xds.sign.XmlSignatureException;
import org.opendrimbox.xds.xml.Ns;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Element;

/**
 * Writes a VIHF assertion into a {@code wsse:Security} header and signs it (enveloped signature,
 * exclusive C14N, Reference to the assertion ID, KeyInfo with the signing certificate).
 */
public final class VihfWriter {
  private static final String EXC_C14N = "http://www.w3.org/2001/10/xml-exc-c14n#";

  static {
    org.apache.xml.security.Init.init();
  }

  private final SigningKey key;
  private final SignatureProfile profile;

  public VihfWriter(SigningKey key, SignatureProfile profile) {
    this.key = key;
    this.profile = profile;
  }

  /** Appends the signed assertion to the security header; returns the assertion element. */
  public Element write(Element security, Vihf v) {
    Element a = Xml.append(security, Ns.SAML2, "saml2:Assertion");
    a.setAttributeNS(Ns.XMLNS, "xmlns:saml2", Ns.SAML2);
    a.setAttributeNS(Ns.XMLNS, "xmlns:xsi", Ns.XSI);
    a.setAttribute("ID", v.assertionId());
    a.setAttribute("IssueInstant", v.issueInstant().toString());
    a.setAttribute("Version", "2.0");
    a.setIdAttributeNS(null, "ID", true);
    Element issuer = Xml.appendText(a, Ns.SAML2, "saml2:Issuer", v.issuerDn());
    issuer.setAttribute("Format", "urn:oasis:names:tc:SAML:1.1:nameid-format:X509SubjectName");
    Xml.appendText(Xml.append(a, Ns.SAML2, "saml2:Subject"), Ns.SAML2, "saml2:NameID",
        v.nameId());
    Element authn = Xml.append(a, Ns.SAML2, "saml2:AuthnStatement");
    authn.setAttribute("AuthnInstant", v.issueInstant().toString());
    Xml.appendText(Xml.append(authn, Ns.SAML2, "saml2:AuthnContext"), Ns.SAML2,
        "saml2:AuthnContextClassRef", v.authnContextClass());
    Element st = Xml.append(a, Ns.SAML2, "saml2:AttributeStatement");
    text(st, VERSION, Vihf.VERSION);
    text(st, SECTEUR, v.secteurActivite());
    text(st, RESOURCE_URN, Vihf.RESOURCE_URN);
    text(st, SUBJECT_ID, v.subjectName());
    text(st, STRUCTURE, v.identifiantStructure());
    text(st, LPS_ID, v.lps().id());
    text(st, LPS_NOM, v.lps().name());
    text(st, LPS_HOMOLOGATION, v.lps().homologation());
    text(st, LPS_VERSION, v.lps().version());
    text(st, RESOURCE_ID, v.patientResourceId());
    text(st, AUTH_MODE, v.authenticationMode());
    Element purpose = Xml.append(attribute(st, PURPOSE), Ns.SAML2, "saml2:AttributeValue");
    ce(purpose, "PurposeOfUse", v.purposeOfUse(), PURPOSE_SYSTEM, "mode acces VIHF 1.0",
        "Acces normal");
    Element roles = attribute(st, ROLE);
    for (Vihf.Role r : v.roles()) {
      ce(Xml.append(roles, Ns.SAML2, "saml2:AttributeValue"), "Role", r.code(), r.codeSystem(),
          "", r.displayName());
    }
    sign(a, issuer);
    return a;
  }

  private void sign(Element assertion, Element issuer) {
    try {
      XMLSignature sig = new XMLSignature(assertion.getOwnerDocument(), "",
          profile.signatureUri(), EXC_C14N);
      assertion.insertBefore(sig.getElement(), issuer.getNextSibling());
      Transforms transforms = new Transforms(assertion.getOwnerDocument());
      transforms.addTransform(Transforms.TRANSFORM_ENVELOPED_SIGNATURE);
      transforms.addTransform(Transforms.TRANSFORM_C14N_EXCL_OMIT_COMMENTS);
      sig.addDocument("#" + assertion.getAttribute("ID"), transforms, profile.digestUri());
      sig.addKeyInfo(key.certificate());
      sig.sign(key.privateKey());
    } catch (XMLSecurityException e) {
      throw new XmlSignatureException("Cannot sign VIHF assertion", e);
    }
  }

  private static Element attribute(Element statement, String name) {
    Element attr = Xml.append(statement, Ns.SAML2, "saml2:Attribute");
    attr.setAttribute("Name", name);
    return attr;
  }

  private static void text(Element statement, String name, String value) {
    if (value != null) {
      Xml.appendText(attribute(statement, name), Ns.SAML2, "saml2:AttributeValue", value);
    }
  }

  private static void ce(Element parent, String local, String code, String system,
      String systemName, String display) {
    Element e = Xml.append(parent, Ns.HL7, local);
    e.setAttributeNS(Ns.XMLNS, "xmlns", Ns.HL7);
    e.setAttribute("code", code);
    e.setAttribute("codeSystem", system);
    e.setAttribute("codeSystemName", systemName);
    e.setAttribute("displayName", display);
    e.setAttributeNS(Ns.XSI, "xsi:type", "CE");
  }
}
