package org.opendrimbox.dmpsim.validation;

import java.security.cert.X509Certificate;
import org.opendrimbox.dmpsim.SoapFaultException;
import org.opendrimbox.xds.sign.CertificateTrust;
import org.opendrimbox.xds.sign.XmlSignatureException;
import org.opendrimbox.xds.soap.Soap;
import org.opendrimbox.xds.vihf.Vihf;
import org.opendrimbox.xds.vihf.VihfReader;
import org.opendrimbox.xds.xml.Ns;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Checks WS-Addressing and the VIHF assertion of a request; refusals are SOAP faults. */
public final class VihfValidator {
  private final ValidationOptions options;
  private final CertificateTrust trust;

  public VihfValidator(ValidationOptions options, CertificateTrust trust) {
    this.options = options;
    this.trust = trust;
  }

  /** Validates and returns the VIHF. */
  public Vihf validate(Document envelope, String expectedAction) {
    if (!Soap.isEnvelope(envelope)) {
      throw SoapFaultException.sender(null, "not a SOAP 1.2 envelope");
    }
    String action = Soap.addressing(envelope, "Action").orElseThrow(() ->
        SoapFaultException.sender(null, "WS-Addressing Action header required"));
    if (!action.equals(expectedAction)) {
      throw SoapFaultException.sender(null, "unexpected action " + action);
    }
    if (Soap.addressing(envelope, "MessageID").isEmpty()) {
      throw SoapFaultException.sender(null, "WS-Addressing MessageID header required");
    }
    Element security = Soap.security(envelope, false).orElseThrow(() ->
        SoapFaultException.sender(ErrorCodes.INVALID_SECURITY, "wsse:Security header missing"));
    VihfReader.Parsed parsed = VihfReader.read(security).orElseThrow(() ->
        SoapFaultException.sender(ErrorCodes.INVALID_SECURITY, "VIHF assertion missing"));
    Vihf v = parsed.vihf();
    Element assertion = Xml.child(security, Ns.SAML2, "Assertion").orElseThrow();
    require(Vihf.VERSION.equals(VihfReader.version(assertion)), "VIHF_Version 3.0");
    require(v.nameId(), "Subject/NameID");
    require(v.authenticationMode(), "Authentification_Mode");
    require(v.patientResourceId(), "resource-id (patient INS)");
    require(v.identifiantStructure(), "Identifiant_Structure");
    require(v.secteurActivite(), "Secteur_Activite");
    require(v.lps().id(), "LPS_ID");
    require(v.lps().homologation(), "LPS_ID_HOMOLOGATION_DMP");
    require(!v.roles().isEmpty(), "subject role");
    if (Vihf.INDIRECT.equals(v.authenticationMode())) {
      require(Vihf.TLS_CLIENT.equals(v.authnContextClass()),
          "AuthnContextClassRef TLSClient for indirect authentication");
    }
    if (parsed.signature() == null) {
      throw SoapFaultException.sender(ErrorCodes.INVALID_SECURITY, "VIHF assertion not signed");
    }
    if (options.fullSignatures()) {
      verify(parsed);
    }
    return v;
  }

  private void verify(VihfReader.Parsed parsed) {
    try {
      X509Certificate cert = VihfReader.verify(parsed);
      if (trust != null) {
        trust.check(cert);
      }
    } catch (XmlSignatureException e) {
      throw SoapFaultException.sender(ErrorCodes.FAILED_AUTHENTICATION, e.getMessage());
    }
  }

  private static void require(String value, String what) {
    require(value != null && !value.isBlank(), what);
  }

  private static void require(boolean ok, String what) {
    if (!ok) {
      throw SoapFaultException.sender(ErrorCodes.INVALID_SECURITY, "VIHF: " + what + " required");
    }
  }
}
