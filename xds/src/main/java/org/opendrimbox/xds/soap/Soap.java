package org.opendrimbox.xds.soap;

import java.util.Optional;
import java.util.UUID;
import org.opendrimbox.xds.xml.Ns;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** SOAP 1.2 envelope construction and inspection with WS-Addressing headers. */
public final class Soap {

  private Soap() {}

  /** A new envelope with WS-Addressing MessageID, To and Action (mustUnderstand) headers. */
  public static Document request(String action, String to) {
    Document doc = Xml.newDocument();
    Element env = Xml.append(doc, Ns.SOAP12, "soap:Envelope");
    Element header = Xml.append(env, Ns.SOAP12, "soap:Header");
    Xml.appendText(header, Ns.WSA, "wsa:MessageID", "urn:uuid:" + UUID.randomUUID());
    Xml.appendText(header, Ns.WSA, "wsa:To", to);
    Element a = Xml.appendText(header, Ns.WSA, "wsa:Action", action);
    a.setAttributeNS(Ns.SOAP12, "soap:mustUnderstand", "true");
    Xml.append(env, Ns.SOAP12, "soap:Body");
    return doc;
  }

  /** A response envelope with Action and RelatesTo headers. */
  public static Document response(String action, String relatesTo) {
    Document doc = Xml.newDocument();
    Element env = Xml.append(doc, Ns.SOAP12, "soap:Envelope");
    Element header = Xml.append(env, Ns.SOAP12, "soap:Header");
    Element a = Xml.appendText(header, Ns.WSA, "wsa:Action", action);
    a.setAttributeNS(Ns.SOAP12, "soap:mustUnderstand", "true");
    if (relatesTo != null) {
      Xml.appendText(header, Ns.WSA, "wsa:RelatesTo", relatesTo);
    }
    Xml.append(env, Ns.SOAP12, "soap:Body");
    return doc;
  }

  /** A fault envelope. */
  public static Document fault(SoapFault fault) {
    Document doc = response("http://www.w3.org/2005/08/addressing/soap/fault", null);
    Element f = Xml.append(body(doc), Ns.SOAP12, "soap:Fault");
    Element code = Xml.append(f, Ns.SOAP12, "soap:Code");
    Xml.appendText(code, Ns.SOAP12, "soap:Value", "soap:" + fault.code());
    if (fault.subcode() != null) {
      Element sub = Xml.append(code, Ns.SOAP12, "soap:Subcode");
      Element v = Xml.appendText(sub, Ns.SOAP12, "soap:Value", "wsse:" + fault.subcode());
      v.setAttributeNS(Ns.XMLNS, "xmlns:wsse", Ns.WSSE);
    }
    Element reason = Xml.append(f, Ns.SOAP12, "soap:Reason");
    Element text = Xml.appendText(reason, Ns.SOAP12, "soap:Text", fault.reason());
    text.setAttributeNS(Ns.XML, "xml:lang", "en");
    return doc;
  }

  /** The fault carried by an envelope, if any. */
  public static Optional<SoapFault> readFault(Document doc) {
    return Xml.descendant(doc, Ns.SOAP12, "Fault").map(f -> {
      Element code = Xml.child(f, Ns.SOAP12, "Code").orElse(f);
      String value = Xml.child(code, Ns.SOAP12, "Value").map(Xml::text).orElse("");
      String sub = Xml.child(code, Ns.SOAP12, "Subcode")
          .flatMap(s -> Xml.child(s, Ns.SOAP12, "Value")).map(Xml::text).orElse(null);
      String reason = Xml.descendant(f, Ns.SOAP12, "Text").map(Xml::text).orElse("");
      return new SoapFault(localPart(value), sub == null ? null : localPart(sub), reason);
    });
  }

  /** The envelope's Header element (created if missing). */
  public static Element header(Document doc) {
    Element env = doc.getDocumentElement();
    return Xml.child(env, Ns.SOAP12, "Header").orElseGet(() -> {
      Element h = doc.createElementNS(Ns.SOAP12, "soap:Header");
      env.insertBefore(h, env.getFirstChild());
      return h;
    });
  }

  /** The envelope's Body element. */
  public static Element body(Document doc) {
    return Xml.child(doc.getDocumentElement(), Ns.SOAP12, "Body")
        .orElseThrow(() -> new SoapException("SOAP 1.2 envelope without Body"));
  }

  /** The first element child of the Body. */
  public static Optional<Element> payload(Document doc) {
    return Xml.children(body(doc)).stream().findFirst();
  }

  /** The WS-Addressing header value (Action, MessageID, To…). */
  public static Optional<String> addressing(Document doc, String local) {
    return Xml.child(header(doc), Ns.WSA, local).map(Xml::text);
  }

  /** The {@code wsse:Security} header, created when {@code create} is true. */
  public static Optional<Element> security(Document doc, boolean create) {
    Element header = header(doc);
    Optional<Element> existing = Xml.child(header, Ns.WSSE, "Security");
    if (existing.isPresent() || !create) {
      return existing;
    }
    return Optional.of(Xml.append(header, Ns.WSSE, "wsse:Security"));
  }

  /** True when the document is a SOAP 1.2 envelope. */
  public static boolean isEnvelope(Document doc) {
    Element e = doc.getDocumentElement();
    return e != null && Ns.SOAP12.equals(e.getNamespaceURI())
        && "Envelope".equals(e.getLocalName());
  }

  private static String localPart(String qname) {
    int colon = qname.indexOf(':');
    return colon < 0 ? qname : qname.substring(colon + 1);
  }
}
