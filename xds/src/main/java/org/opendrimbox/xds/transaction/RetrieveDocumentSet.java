package org.opendrimbox.xds.transaction;

import java.util.ArrayList;
import java.util.List;
import org.opendrimbox.xds.soap.Attachment;
import org.opendrimbox.xds.soap.MtomMessage;
import org.opendrimbox.xds.xml.Ns;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Element;

/** ITI-43 request and response bodies. */
public final class RetrieveDocumentSet {

  /** One requested document. */
  public record Request(String repositoryUniqueId, String documentUniqueId) {}

  /** One returned document. */
  public record Document(String repositoryUniqueId, String documentUniqueId, String mimeType,
      byte[] bytes) {}

  /** The decoded response. */
  public record Response(RegistryResponse status, List<Document> documents) {}

  private RetrieveDocumentSet() {}

  /** Appends the request. */
  public static void writeRequest(Element body, List<Request> requests) {
    Element req = Xml.append(body, Ns.XDSB, "xdsb:RetrieveDocumentSetRequest");
    for (Request r : requests) {
      Element dr = Xml.append(req, Ns.XDSB, "xdsb:DocumentRequest");
      Xml.appendText(dr, Ns.XDSB, "xdsb:RepositoryUniqueId", r.repositoryUniqueId());
      Xml.appendText(dr, Ns.XDSB, "xdsb:DocumentUniqueId", r.documentUniqueId());
    }
  }

  /** Reads the request. */
  public static List<Request> readRequest(Element req) {
    List<Request> out = new ArrayList<>();
    for (Element dr : Xml.children(req, Ns.XDSB, "DocumentRequest")) {
      out.add(new Request(Xml.child(dr, Ns.XDSB, "RepositoryUniqueId").map(Xml::text).orElse(""),
          Xml.child(dr, Ns.XDSB, "DocumentUniqueId").map(Xml::text).orElse("")));
    }
    return out;
  }

  /** Appends the response; returns the attachments to send (cid {@code doc<n>}). */
  public static List<Attachment> writeResponse(Element body, RegistryResponse status,
      List<Document> docs) {
    Element resp = Xml.append(body, Ns.XDSB, "xdsb:RetrieveDocumentSetResponse");
    status.write(resp);
    List<Attachment> parts = new ArrayList<>();
    int n = 1;
    for (Document d : docs) {
      Element dr = Xml.append(resp, Ns.XDSB, "xdsb:DocumentResponse");
      Xml.appendText(dr, Ns.XDSB, "xdsb:RepositoryUniqueId", d.repositoryUniqueId());
      Xml.appendText(dr, Ns.XDSB, "xdsb:DocumentUniqueId", d.documentUniqueId());
      Xml.appendText(dr, Ns.XDSB, "xdsb:mimeType", d.mimeType());
      String cid = "doc" + n++ + "@dmp-simulator";
      Xml.append(Xml.append(dr, Ns.XDSB, "xdsb:Document"), Ns.XOP, "xop:Include")
          .setAttribute("href", "cid:" + cid);
      parts.add(new Attachment(cid, "application/octet-stream", d.bytes()));
    }
    return parts;
  }

  /** Reads the response. */
  public static Response readResponse(Element resp, MtomMessage message) {
    RegistryResponse status = Xml.child(resp, Ns.RS, "RegistryResponse")
        .map(RegistryResponse::read).orElse(RegistryResponse.failure(List.of()));
    List<Document> docs = new ArrayList<>();
    for (Element dr : Xml.children(resp, Ns.XDSB, "DocumentResponse")) {
      byte[] bytes = Xml.child(dr, Ns.XDSB, "Document")
          .flatMap(d -> ProvideAndRegister.content(d, message)).orElse(new byte[0]);
      docs.add(new Document(text(dr, "RepositoryUniqueId"), text(dr, "DocumentUniqueId"),
          text(dr, "mimeType"), bytes));
    }
    return new Response(status, docs);
  }

  private static String text(Element parent, String local) {
    return Xml.child(parent, Ns.XDSB, local).map(Xml::text).orElse(null);
  }
}
