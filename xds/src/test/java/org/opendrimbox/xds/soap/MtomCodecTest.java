package org.opendrimbox.xds.soap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MtomCodecTest {

  @Test
  void writtenMessageReadsBackWithBinaryPartsIntact() throws Exception {
    byte[] binary = new byte[256];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) i;
    }
    byte[] envelope = "<e/>".getBytes(StandardCharsets.UTF_8);
    MtomWriter w = new MtomWriter("B0undary");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(out, "urn:a", envelope, List.of(new Attachment("0.2", "application/dicom", binary),
        new Attachment("0.3", "text/xml", "<s/>".getBytes(StandardCharsets.UTF_8))));
    MtomMessage m = MtomReader.read(w.contentType("urn:a"), out.toByteArray());
    assertThat(m.rootXml()).isEqualTo(envelope);
    assertThat(m.attachment("cid:0.2").orElseThrow().bytes()).isEqualTo(binary);
    assertThat(m.attachment("0.3").orElseThrow().contentType()).isEqualTo("text/xml");
    assertThat(MtomReader.param(w.contentType("urn:a"), "start-info"))
        .isEqualTo("application/soap+xml");
  }

  @Test
  void base64PartsAndPlainSoapAreDecoded() {
    String body = "--b\r\nContent-Type: application/xop+xml\r\nContent-ID: <r>\r\n\r\n<e/>\r\n"
        + "--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: BASE64\r\n"
        + "Content-ID: <p>\r\n\r\nAQID\r\n--b--\r\n";
    MtomMessage m = MtomReader.read("multipart/related; boundary=b; start=\"<r>\"",
        body.getBytes(StandardCharsets.US_ASCII));
    assertThat(new String(m.rootXml(), StandardCharsets.UTF_8)).isEqualTo("<e/>");
    assertThat(m.attachment("p").orElseThrow().bytes()).containsExactly(1, 2, 3);
    assertThat(MtomReader.read("application/soap+xml", new byte[] {'x'}).rootXml())
        .containsExactly('x');
  }
}
