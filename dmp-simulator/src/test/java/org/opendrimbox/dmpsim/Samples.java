package org.opendrimbox.dmpsim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The official ANS samples, made byte-valid. {@code informatif/XDS/publication.xml} is a
 * pretty-printed capture (indented MIME boundaries and headers, LF line ends): each line's leading
 * indentation is removed and CRLF restored, which leaves the base64 KOS part intact.
 */
final class Samples {
  static final String PUBLICATION_CONTENT_TYPE = "multipart/related; "
      + "boundary=\"MIMEBoundary_Bound\"; type=\"application/xop+xml\"; start=\"<0.1>\"; "
      + "start-info=\"application/soap+xml\"; "
      + "action=\"urn:ihe:iti:2007:ProvideAndRegisterDocumentSet-b\"";

  private Samples() {}

  static byte[] resource(String name) {
    try (var in = Samples.class.getResourceAsStream("/samples/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The informatif publication as a valid MTOM body. */
  static byte[] publication() {
    String text = new String(resource("informatif-publication.xml"), StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (String line : List.of(text.split("\r?\n"))) {
      out.writeBytes(line.stripLeading().getBytes(StandardCharsets.UTF_8));
      out.writeBytes(new byte[] {'\r', '\n'});
    }
    return out.toByteArray();
  }
}
