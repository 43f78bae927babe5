package org.opendrimbox.xds.soap;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Writes a SOAP 1.2 message as MTOM/XOP {@code multipart/related}: the envelope as the root part
 * ({@code application/xop+xml}) followed by binary attachments referenced by {@code xop:Include}.
 */
public final class MtomWriter {
  /** Content-ID of the root part. */
  public static final String ROOT_ID = "0.1";

  private final String boundary;

  public MtomWriter() {
    this("MIMEBoundary_" + UUID.randomUUID().toString().replace("-", ""));
  }

  public MtomWriter(String boundary) {
    this.boundary = boundary;
  }

  /** The HTTP Content-Type header of the message. */
  public String contentType(String action) {
    return "multipart/related; boundary=\"" + boundary + "\"; type=\"application/xop+xml\"; "
        + "start=\"<" + ROOT_ID + ">\"; start-info=\"application/soap+xml\"; action=\"" + action
        + "\"";
  }

  /** Writes the whole message. */
  public void write(OutputStream out, String action, byte[] envelope, List<Attachment> parts)
      throws IOException {
    startPart(out, "application/xop+xml; charset=UTF-8; type=\"application/soap+xml\"; action=\""
        + action + "\"", ROOT_ID);
    out.write(envelope);
    for (Attachment a : parts) {
      out.write(ascii("\r\n"));
      startPart(out, a.contentType(), a.contentId());
      out.write(a.bytes());
    }
    out.write(ascii("\r\n--" + boundary + "--\r\n"));
  }

  private void startPart(OutputStream out, String contentType, String id) throws IOException {
    out.write(ascii("--" + boundary + "\r\n"
        + "Content-Type: " + contentType + "\r\n"
        + "Content-Transfer-Encoding: binary\r\n"
        + "Content-ID: <" + id + ">\r\n\r\n"));
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
