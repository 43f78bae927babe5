package org.opendrimbox.dicom.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartTest {

  private record Part(Map<String, String> headers, byte[] body) {}

  private static List<Part> parse(byte[] data, String boundary) throws IOException {
    List<Part> parts = new ArrayList<>();
    new MultipartParser(boundary).parse(new ByteArrayInputStream(data),
        (i, headers, body) -> parts.add(new Part(headers, body.readAllBytes())));
    return parts;
  }

  @Test
  void writesThenParsesParts() throws IOException {
    String boundary = MultipartWriter.newBoundary();
    byte[] big = new byte[1_000_003];
    new Random(7).nextBytes(big);
    byte[] tricky = ("x\r\n--" + boundary.substring(0, 10) + "\r\n--").getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MultipartWriter w = new MultipartWriter(out, boundary);
    try (OutputStream p = w.nextPart("application/dicom", "http://h/studies/1")) {
      p.write(big);
    }
    try (OutputStream p = w.nextPart("application/octet-stream", null)) {
      p.write(tricky);
    }
    w.nextPart("text/plain", null).close();
    w.finish();
    List<Part> parts = parse(out.toByteArray(), boundary);
    assertThat(parts).hasSize(3);
    assertThat(parts.get(0).headers()).containsEntry("content-type", "application/dicom")
        .containsEntry("Content-Location", "http://h/studies/1");
    assertThat(parts.get(0).body()).isEqualTo(big);
    assertThat(parts.get(1).body()).isEqualTo(tricky);
    assertThat(parts.get(2).body()).isEmpty();
  }

  @Test
  void handlesPreambleEpilogueAndPartialReads() throws IOException {
    String body = "preamble text\r\n--b1\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b1  \r\n\r\nworld"
        + "\r\n--b1--\r\nepilogue";
    List<String> seen = new ArrayList<>();
    int n = new MultipartParser("b1").parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)),
        (i, headers, in) -> seen.add(i + ":" + headers.getOrDefault("Content-Type", "-") + ":" + (char) in.read()));
    assertThat(n).isEqualTo(2);
    assertThat(seen).containsExactly("0:text/plain:h", "1:-:w");
  }

  @Test
  void largeBodyIsStreamedThroughInChunks() throws IOException {
    String boundary = "frontier";
    long size = 16L * 1024 * 1024;
    InputStream huge = new InputStream() {
      private final byte[] head = "--frontier\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
      private final byte[] tail = "\r\n--frontier--".getBytes(StandardCharsets.US_ASCII);
      private long p;

      @Override
      public int read() {
        long total = head.length + size + tail.length;
        if (p >= total) {
          return -1;
        }
        long i = p++;
        return i < head.length ? head[(int) i] : i < head.length + size ? 'a' : tail[(int) (i - head.length - size)];
      }

      @Override
      public int read(byte[] b, int off, int len) {
        int k = 0;
        int c;
        while (k < len && (c = read()) >= 0) {
          b[off + k++] = (byte) c;
        }
        return k == 0 && len > 0 ? -1 : k;
      }
    };
    long[] count = new long[1];
    new MultipartParser(boundary).parse(huge, (i, h, in) -> count[0] = in.transferTo(OutputStream.nullOutputStream()));
    assertThat(count[0]).isEqualTo(size);
  }

  @Test
  void rejectsTruncatedOrMalformedBodies() {
    byte[] noClose = "--b\r\n\r\ndata without end".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> parse(noClose, "b")).isInstanceOf(MultipartException.class)
        .hasMessageContaining("without a closing delimiter");
    byte[] noBoundary = "just text".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> parse(noBoundary, "b")).isInstanceOf(MultipartException.class);
    byte[] longHeader = ("--b\r\nX: " + "y".repeat(20000) + "\r\n\r\n\r\n--b--").getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> parse(longHeader, "b")).isInstanceOf(MultipartException.class)
        .hasMessageContaining("headers longer");
    assertThatThrownBy(() -> new MultipartParser("")).isInstanceOf(IllegalArgumentException.class);
    MultipartWriter w = new MultipartWriter(new ByteArrayOutputStream(), "b");
    assertThatThrownBy(() -> w.nextPart("text/plain\r\nX-Injected: 1", null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
