package org.opendrimbox.xds.xml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Namespace-aware, XXE-hardened DOM helpers. Every XDS message in this library is built and read
 * through DOM so that namespaces, escaping and canonicalisation are handled by the platform.
 */
public final class Xml {

  private Xml() {}

  /** A new empty namespace-aware document. */
  public static Document newDocument() {
    return builder().newDocument();
  }

  /** Parses bytes with DTDs and external entities disabled. */
  public static Document parse(byte[] bytes) {
    return parse(new ByteArrayInputStream(bytes));
  }

  /** Parses a stream with DTDs and external entities disabled. */
  public static Document parse(InputStream in) {
    try {
      return builder().parse(in);
    } catch (SAXException | IOException e) {
      throw new XmlException("Malformed XML: " + e.getMessage(), e);
    }
  }

  /** Serialises a node as UTF-8 without pretty printing (signatures must stay valid). */
  public static byte[] toBytes(Node node) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      TransformerFactory tf = TransformerFactory.newInstance();
      tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
      Transformer t = tf.newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty(OutputKeys.INDENT, "no");
      t.transform(new DOMSource(node), new StreamResult(out));
    } catch (TransformerException e) {
      throw new XmlException("Cannot serialise XML", e);
    }
    return out.toByteArray();
  }

  /** Creates a namespaced element with the given qualified name. */
  public static Element element(Document doc, String ns, String qname) {
    return doc.createElementNS(ns, qname);
  }

  /** Appends a new namespaced child element. */
  public static Element append(Node parent, String ns, String qname) {
    Document doc = parent instanceof Document d ? d : parent.getOwnerDocument();
    Element e = doc.createElementNS(ns, qname);
    parent.appendChild(e);
    return e;
  }

  /** Appends a new namespaced child element holding text. */
  public static Element appendText(Node parent, String ns, String qname, String text) {
    Element e = append(parent, ns, qname);
    e.setTextContent(text);
    return e;
  }

  /** Direct children with the given namespace and local name. */
  public static List<Element> children(Element parent, String ns, String local) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && local.equals(e.getLocalName())
          && ns.equals(e.getNamespaceURI())) {
        out.add(e);
      }
    }
    return out;
  }

  /** All direct element children. */
  public static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  /** First direct child with the given name. */
  public static Optional<Element> child(Element parent, String ns, String local) {
    List<Element> list = children(parent, ns, local);
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
  }

  /** First descendant (document order) with the given name. */
  public static Optional<Element> descendant(Node root, String ns, String local) {
    var list = root instanceof Document d
        ? d.getElementsByTagNameNS(ns, local)
        : ((Element) root).getElementsByTagNameNS(ns, local);
    return list.getLength() == 0 ? Optional.empty() : Optional.of((Element) list.item(0));
  }

  /** All descendants with the given name. */
  public static List<Element> descendants(Node root, String ns, String local) {
    var list = root instanceof Document d
        ? d.getElementsByTagNameNS(ns, local)
        : ((Element) root).getElementsByTagNameNS(ns, local);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  /** Attribute value or null when absent. */
  public static String attr(Element e, String name) {
    return e.hasAttribute(name) ? e.getAttribute(name) : null;
  }

  /** Trimmed text content. */
  public static String text(Element e) {
    return e.getTextContent() == null ? "" : e.getTextContent().trim();
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }
}
