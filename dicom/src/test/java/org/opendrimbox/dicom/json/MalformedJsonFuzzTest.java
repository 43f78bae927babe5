package org.opendrimbox.dicom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opendrimbox.dicom.io.TestData;

/** Seeded mutations of valid DICOM JSON: the reader either succeeds or throws a JsonException, nothing else. */
class MalformedJsonFuzzTest {

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang fails the test
  void malformedJsonFailsWithJsonException() {
    StringWriter w = new StringWriter();
    try (JsonGenerator gen = Json.createGenerator(w)) {
      new DicomJsonWriter(gen).write(TestData.ct("ISO_IR 192", TestData.LATIN_NAME, 2));
    }
    String valid = w.toString();
    String alphabet = "{}[]\",:0123456789abcdefvrValueSQPNUSATOB ";
    Random rnd = new Random(42);
    int rejected = 0;
    for (int c = 0; c < 2000; c++) {
      StringBuilder sb = new StringBuilder(valid);
      if (rnd.nextInt(3) == 0) {
        sb.setLength(rnd.nextInt(sb.length()));
      } else {
        for (int k = 1 + rnd.nextInt(4); k > 0; k--) {
          sb.setCharAt(rnd.nextInt(sb.length()), alphabet.charAt(rnd.nextInt(alphabet.length())));
        }
      }
      try {
        new DicomJsonReader(Json.createParser(new StringReader(sb.toString()))).readDataset();
      } catch (JsonException e) {
        rejected++;
      } catch (RuntimeException e) {
        fail("case " + c + ": unexpected " + e + " for " + sb, e);
      }
    }
    assertThat(rejected).isGreaterThan(1000);
  }
}
