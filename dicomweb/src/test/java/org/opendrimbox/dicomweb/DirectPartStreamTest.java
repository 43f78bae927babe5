package org.opendrimbox.dicomweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Part bytes and file ranges gathered in order, one container write per flush, fallback without NIO writes. */
class DirectPartStreamTest {

  @TempDir Path dir;

  /** A container stream with Undertow's public write(ByteBuffer), recording each call. */
  public static final class BufferStream extends OutputStream {
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final List<Integer> writes = new ArrayList<>();
    int flushes;

    @Override
    public void write(int b) {
      throw new AssertionError("byte writes are not expected");
    }

    public void write(ByteBuffer b) {
      writes.add(b.remaining());
      byte[] a = new byte[b.remaining()];
      b.get(a);
      bytes.write(a, 0, a.length);
    }

    @Override
    public void flush() {
      flushes++;
    }
  }

  @Test
  void headAndFileRangeGoOutInOneWritePerFlush() throws IOException {
    byte[] content = new byte[300_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i * 31);
    }
    Path file = Files.write(dir.resolve("f"), content);
    BufferStream container = new BufferStream();
    DirectPartStream out = DirectPartStream.over(container).orElseThrow();
    byte[] head = "--b\r\nContent-Type: application/dicom\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
    out.write(head);
    try (FileChannel ch = FileChannel.open(file)) {
      out.write(ch, 1000, content.length - 1000);
    }
    out.flush();
    out.write('x');
    out.close();
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    expected.write(head);
    expected.write(content, 1000, content.length - 1000);
    expected.write('x');
    assertThat(container.bytes.toByteArray()).isEqualTo(expected.toByteArray());
    assertThat(container.writes).containsExactly(head.length + content.length - 1000, 1);
    assertThat(container.flushes).isEqualTo(2);
  }

  @Test
  void rangesLargerThanTheBufferAreSentInSeveralWrites() throws IOException {
    byte[] content = new byte[DirectPartStream.SIZE * 2 + 123];
    content[content.length - 1] = 7;
    Path file = Files.write(dir.resolve("big"), content);
    BufferStream container = new BufferStream();
    DirectPartStream out = DirectPartStream.over(container).orElseThrow();
    try (FileChannel ch = FileChannel.open(file)) {
      out.write(ch, 0, content.length);
    }
    out.flush();
    assertThat(container.bytes.toByteArray()).isEqualTo(content);
    assertThat(container.writes).containsExactly(DirectPartStream.SIZE, DirectPartStream.SIZE, 123);
  }

  @Test
  void aCachedStudyGathersPartsUntilTheBufferIsFull() throws IOException {
    BufferStream container = new BufferStream();
    DirectPartStream out = DirectPartStream.over(container, true).orElseThrow();
    out.write(new byte[1000]);
    out.flush();
    out.write(new byte[2000]);
    out.flush();
    assertThat(container.writes).isEmpty();
    out.close();
    assertThat(container.writes).containsExactly(3000);
    assertThat(container.flushes).isEqualTo(1);
  }

  @Test
  void streamsWithoutBufferWritesAreNotWrapped() {
    assertThat(DirectPartStream.over(new ByteArrayOutputStream())).isEmpty();
  }
}
