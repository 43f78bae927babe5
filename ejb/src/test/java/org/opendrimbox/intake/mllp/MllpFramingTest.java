package org.opendrimbox.intake.mllp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Block reads of MLLP frames: frames split across reads, several frames in one read, framing errors. */
class MllpFramingTest {

  private static byte[] frames(String... messages) throws IOException {
    var out = new ByteArrayOutputStream();
    for (String m : messages) {
      MllpFraming.write(out, m.getBytes(StandardCharsets.ISO_8859_1));
      out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1)); // stray line end between frames
    }
    return out.toByteArray();
  }

  /** A stream that returns at most {@code chunk} bytes per read, as a socket may. */
  private static InputStream trickle(byte[] bytes, int chunk) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  @Test
  void readsLargeAndSmallFramesWhateverTheReadSizes() throws IOException {
    char[] big = new char[300_000];
    Arrays.fill(big, 'A');
    String large = "MSH|" + new String(big) + "\rOBX|1";
    byte[] bytes = frames("MSH|1", large, "MSH|3");
    for (int chunk : new int[] {1, 7, 65_536, bytes.length}) {
      var reader = new MllpFraming(trickle(bytes, chunk));
      assertThat(new String(reader.read(1 << 20), StandardCharsets.ISO_8859_1)).isEqualTo("MSH|1");
      assertThat(new String(reader.read(1 << 20), StandardCharsets.ISO_8859_1)).isEqualTo(large);
      assertThat(new String(reader.read(1 << 20), StandardCharsets.ISO_8859_1)).isEqualTo("MSH|3");
      assertThat(reader.read(1 << 20)).isNull();
    }
  }

  @Test
  void framingErrorsAreReported() throws IOException {
    assertThatThrownBy(() -> new MllpFraming(new ByteArrayInputStream("MSH|".getBytes(StandardCharsets.US_ASCII)))
        .read(100)).hasMessageContaining("start block");
    byte[] noCr = {MllpFraming.START_BLOCK, 'M', MllpFraming.END_BLOCK, 'x'};
    assertThatThrownBy(() -> new MllpFraming(new ByteArrayInputStream(noCr)).read(100))
        .hasMessageContaining("not followed by CR");
    byte[] cut = Arrays.copyOf(frames("MSH|1234"), 6);
    assertThatThrownBy(() -> new MllpFraming(new ByteArrayInputStream(cut)).read(100))
        .isInstanceOf(EOFException.class);
    assertThatThrownBy(() -> new MllpFraming(new ByteArrayInputStream(frames("MSH|123456789"))).read(8))
        .hasMessageContaining("longer than 8");
  }
}
