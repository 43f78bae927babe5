package org.opendrimbox.xds.transaction;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendrimbox.xds.rim.RegistryObjectList;
import org.opendrimbox.xds.rim.RimReader;
import org.opendrimbox.xds.rim.RimWriter;
import org.opendrimbox.xds.soap.Attachment;
import org.opendrimbox.xds.soap.MtomMessage;
import org.opendrimbox.xds.xml.Ns;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Element;

/**
 * ITI-41 body: {@code xdsb:ProvideAndRegisterDocumentSetRequest} holding the SubmitObjectsRequest
 * and one {@code xdsb:Document} per DocumentEntry (XOP reference or inline base64).
 *
 * @param metadata the registry objects
 * @param documents DocumentEntry id → content; null content when the part is missing
 */
public record ProvideAndRegister(RegistryObjectList metadata, Map<String, byte[]> documents) {

  /** One document to attach: the entry id, the MIME part id and the bytes. */
  public record Part(String entryId, Attachment attachment) {}

  /** Writes the request body; returns the attachments to send in MIME order. */
  public static void write(Element body, RegistryObjectList metadata, List<Part> parts) {
    Element req = Xml.append(body, Ns.XDSB, "xdsb:ProvideAndRegisterDocumentSetRequest");
    Element sor = Xml.append(req, Ns.LCM, "lcm:SubmitObjectsRequest");
    RimWriter.writeList(sor, metadata);
    for (Part p : parts) {
      Element doc = Xml.append(req, Ns.XDSB, "xdsb:Document");
      doc.setAttribute("id", p.entryId());
      Xml.append(doc, Ns.XOP, "xop:Include").setAttribute("href",
          "cid:" + p.attachment().contentId());
    }
  }

  /** Reads the request from a decoded message; the request element must be the body payload. */
  public static ProvideAndRegister read(Element request, MtomMessage message) {
    Element sor = Xml.child(request, Ns.LCM, "SubmitObjectsRequest")
        .orElseThrow(() -> new IllegalArgumentException("no lcm:SubmitObjectsRequest"));
    RegistryObjectList list = Xml.child(sor, Ns.RIM, "RegistryObjectList")
        .map(RimReader::readList).orElse(RegistryObjectList.empty());
    Map<String, byte[]> docs = new LinkedHashMap<>();
    for (Element d : Xml.children(request, Ns.XDSB, "Document")) {
      docs.put(d.getAttribute("id"), content(d, message).orElse(null));
    }
    return new ProvideAndRegister(list, docs);
  }

  /** The bytes of a Document-like element: XOP reference or inline base64. */
  public static Optional<byte[]> content(Element holder, MtomMessage message) {
    Optional<Element> include = Xml.child(holder, Ns.XOP, "Include");
    if (include.isPresent()) {
      return message.attachment(include.get().getAttribute("href")).map(Attachment::bytes);
    }
    String text = Xml.text(holder);
    return text.isEmpty() ? Optional.empty()
        : Optional.of(Base64.getMimeDecoder().decode(text));
  }
}
