package org.opendrimbox.dicom.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Seeded mutations and truncations of a valid multipart body: parse ends normally or with MultipartException. */
class MalformedMultipartFuzzTest {

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang fails the test
  void malformedBodiesFailCleanly() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MultipartWriter w = new MultipartWriter(out, "b0und");
    Random rnd = new Random(3);
    for (int i = 0; i < 3; i++) {
      byte[] body = new byte[200 + rnd.nextInt(300)];
      rnd.nextBytes(body);
      try (OutputStream p = w.nextPart("application/dicom", "/x/" + i)) {
        p.write(body);
      }
    }
    w.finish();
    byte[] valid = out.toByteArray();
    byte[] alphabet = "-\r\nb0und: ".getBytes();
    int rejected = 0;
    for (int c = 0; c < 3000; c++) {
      byte[] m = valid.clone();
      if (rnd.nextBoolean()) {
        m = Arrays.copyOf(m, rnd.nextInt(m.length));
      } else {
        for (int k = 1 + rnd.nextInt(4); k > 0; k--) {
          m[rnd.nextInt(m.length)] = alphabet[rnd.nextInt(alphabet.length)];
        }
      }
      try {
        new MultipartParser("b0und").parse(new ByteArrayInputStream(m),
            (i, headers, body) -> body.transferTo(OutputStream.nullOutputStream()));
      } catch (MultipartException e) {
        rejected++;
      } catch (Exception e) {
        fail("case " + c + ": unexpected " + e, e);
      }
    }
    assertThat(rejected).isGreaterThan(1000);
  }
}
