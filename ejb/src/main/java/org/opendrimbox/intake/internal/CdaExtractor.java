package org.opendrimbox.intake.internal;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.opendrimbox.intake.CdaReport;
import org.opendrimbox.intake.ErrorLocation;
import org.opendrimbox.intake.IntakeError;

/**
 * Reads the header of the base64 CDA R2 of the document OBX with StAX (no DTD, no external entities),
 * decoding the base64 as the parser goes: only the header is decoded and read (the paths of
 * drimm-digest §2.5), parsing stops at the body ({@code component}), which holds the embedded PDF. The
 * whole text is checked to be base64, and a document whose decoded end is not the {@code
 * ClinicalDocument} end tag is rejected as truncated.
 */
final class CdaExtractor {

  static final String HL7_NS = "urn:hl7-org:v3";
  static final String DICOM_NS = "urn:dicom-org:ps3-20";

  private final XMLInputFactory factory;

  CdaExtractor() {
    factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
  }

  /**
   * Extracts the CDA of a document OBX.
   *
   * @param encoding OBX-5.4 (must be Base64)
   * @param data OBX-5.5
   * @param where location of OBX-5, for errors
   */
  CdaReport extract(String encoding, String data, ErrorLocation where) throws IntakeException {
    if (data.isEmpty()) {
      throw new IntakeException(IntakeError.CDA_MISSING, where, "OBX-5.5 empty");
    }
    if (!"BASE64".equalsIgnoreCase(encoding)) {
      throw new IntakeException(IntakeError.CDA_UNDECODABLE, where,
          "OBX-5.4 must be Base64, got " + encoding);
    }
    Base64Text base64 = new Base64Text(data);
    if (!base64.check()) {
      throw new IntakeException(IntakeError.CDA_UNDECODABLE, where, "invalid base64");
    }
    try {
      CdaReportBuilder builder = read(base64.stream(), where);
      if (!endsWithRootEndTag(base64.tail()) && !endsWithRootEndTag(base64.all())) {
        throw new IntakeException(IntakeError.CDA_UNDECODABLE, where, "truncated CDA");
      }
      return builder.build(where);
    } catch (XMLStreamException | IllegalArgumentException e) {
      throw new IntakeException(IntakeError.CDA_UNDECODABLE, where, "invalid XML");
    }
  }

  private CdaReportBuilder read(InputStream xml, ErrorLocation where)
      throws XMLStreamException, IntakeException {
    XMLStreamReader r = factory.createXMLStreamReader(xml);
    try {
      r.nextTag();
      if (!"ClinicalDocument".equals(r.getLocalName()) || !HL7_NS.equals(r.getNamespaceURI())) {
        throw new IntakeException(IntakeError.CDA_INVALID, where, "root is not a CDA ClinicalDocument");
      }
      CdaReportBuilder builder = new CdaReportBuilder();
      Deque<String> path = new ArrayDeque<>();
      StringBuilder text = null;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          if (path.isEmpty() && "component".equals(r.getLocalName())) {
            break;
          }
          path.addLast(r.getLocalName());
          String p = String.join("/", path);
          if (!DICOM_NS.equals(r.getNamespaceURI()) || "inFulfillmentOf/order/accessionNumber".equals(p)) {
            builder.start(p, new XmlAttributes(r));
          }
          text = builder.wantsText(p) ? new StringBuilder() : null;
        } else if (event == XMLStreamConstants.CHARACTERS && text != null) {
          text.append(r.getText());
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (path.isEmpty()) {
            break;
          }
          String p = String.join("/", path);
          if (text != null) {
            builder.text(p, text.toString().strip());
            text = null;
          }
          builder.end(p);
          path.removeLast();
        }
      }
      return builder;
    } finally {
      r.close();
    }
  }

  /** Whether the last tag of the document closes ClinicalDocument (any prefix). */
  static boolean endsWithRootEndTag(byte[] xml) {
    int end = xml.length;
    while (end > 0 && (xml[end - 1] <= ' ' || xml[end - 1] == 0)) {
      end--;
    }
    int open = end - 1;
    while (open >= 0 && xml[open] != '<') {
      open--;
    }
    if (open < 0 || end - open < 3 || xml[end - 1] != '>' || xml[open + 1] != '/') {
      return false;
    }
    String tag = new String(xml, open + 2, end - open - 3, java.nio.charset.StandardCharsets.US_ASCII)
        .strip();
    return tag.equals("ClinicalDocument") || tag.endsWith(":ClinicalDocument");
  }

  /** Attribute access on the current element. */
  static final class XmlAttributes {
    private final XMLStreamReader reader;

    XmlAttributes(XMLStreamReader reader) {
      this.reader = reader;
    }

    String get(String name) {
      String v = reader.getAttributeValue(null, name);
      return v == null || v.isBlank() ? null : v.strip();
    }
  }
}
