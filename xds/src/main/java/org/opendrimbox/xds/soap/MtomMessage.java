package org.opendrimbox.xds.soap;

import java.util.Map;
import java.util.Optional;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Document;

/** A decoded SOAP message: the root XML part and its attachments keyed by Content-ID. */
public record MtomMessage(byte[] rootXml, Map<String, Attachment> attachments) {

  public MtomMessage {
    attachments = Map.copyOf(attachments);
  }

  /** Parses the root part. */
  public Document envelope() {
    return Xml.parse(rootXml);
  }

  /** The attachment referenced by a {@code cid:} URI or a bare Content-ID. */
  public Optional<Attachment> attachment(String cidOrId) {
    String id = cidOrId.startsWith("cid:") ? cidOrId.substring(4) : cidOrId;
    id = java.net.URLDecoder.decode(id, java.nio.charset.StandardCharsets.UTF_8);
    return Optional.ofNullable(attachments.get(id));
  }
}
