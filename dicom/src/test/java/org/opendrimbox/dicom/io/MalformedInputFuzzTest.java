package org.opendrimbox.dicom.io;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Fragments;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;

/**
 * Seeded random mutations and truncations of valid files: every parse must end normally or with
 * DicomStreamException/EOFException, never another exception, a hang or an out-of-memory error.
 */
class MalformedInputFuzzTest {

  private static final int CASES_PER_SEED = 1000;
  private static int rejected;
  private static int accepted;

  private static List<byte[]> seeds() throws IOException {
    Attributes enc = TestData.ct(null, "DOE^J", 4);
    Fragments f = new Fragments(VR.OB, 2);
    f.add(new byte[0]);
    f.add(new byte[] {1, 2, 3, 4});
    enc.setValue(Tag.PixelData, VR.OB, f);
    return List.of(
        TestData.part10(TestData.ct("ISO_IR 100", TestData.LATIN_NAME, 8), UID.ExplicitVRLittleEndian),
        TestData.part10(TestData.ct("ISO_IR 192", "\u00C9LO\u00CFSE", 8), UID.ImplicitVRLittleEndian),
        TestData.part10(TestData.ct(null, "DOE^J", 8), UID.DeflatedExplicitVRLittleEndian),
        TestData.part10(enc, UID.JPEGBaseline8Bit));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang fails the test
  void malformedInputFailsCleanly() throws IOException {
    List<byte[]> seeds = seeds();
    Random rnd = new Random(20240131L);
    for (int s = 0; s < seeds.size(); s++) {
      for (int c = 0; c < CASES_PER_SEED; c++) {
        byte[] mutated = mutate(seeds.get(s), rnd);
        check(mutated, "seed file " + s + " case " + c);
      }
    }
    byte[] raw = rawImplicit();
    for (int c = 0; c < CASES_PER_SEED; c++) {
      byte[] m = mutate(raw, rnd);
      run("raw implicit case " + c, () -> new DicomInputStream(new ByteArrayInputStream(m),
          UID.ImplicitVRLittleEndian).withAllocationLimit(64 * 1024).readDataset().toString());
      run("raw transcode case " + c, () -> {
        Transcoder.transcodeDataset(new ByteArrayInputStream(m), UID.ImplicitVRLittleEndian,
            OutputStream.nullOutputStream(), UID.DeflatedExplicitVRLittleEndian);
        return null;
      });
    }
    for (byte[] explicit : rawExplicitStructures()) {
      Attributes valid = new DicomInputStream(new ByteArrayInputStream(explicit), UID.ExplicitVRLittleEndian)
          .readDataset();
      org.assertj.core.api.Assertions.assertThat(valid.getNestedDataset(0x00091010).getString(Tag.SeriesInstanceUID))
          .isEqualTo("1.2"); // the seed itself is valid
      for (int c = 0; c < CASES_PER_SEED / 2; c++) {
        byte[] m = mutate(explicit, rnd);
        run("raw explicit case " + c, () -> new DicomInputStream(new ByteArrayInputStream(m),
            UID.ExplicitVRLittleEndian).readDataset().toString());
        run("raw explicit transcode case " + c, () -> {
          Transcoder.transcodeDataset(new ByteArrayInputStream(m), UID.ExplicitVRLittleEndian,
              OutputStream.nullOutputStream(), UID.ImplicitVRLittleEndian);
          return null;
        });
      }
    }
    // the mutations must really exercise both outcomes
    org.assertj.core.api.Assertions.assertThat(rejected).isGreaterThan(1000);
    org.assertj.core.api.Assertions.assertThat(accepted).isGreaterThan(1000);
    System.out.println("fuzz: rejected " + rejected + ", accepted " + accepted);
  }

  /** Defined-length sequence and items, UN sequence of undefined length (implicit inside), nested encapsulation. */
  private static List<byte[]> rawExplicitStructures() {
    java.util.HexFormat hex = java.util.HexFormat.of();
    String definedSq = "08001511 5351 0000 34000000" + "FEFF00E0 0C000000" + "20000E00 5549 0400 312E3200"
        + "FEFF00E0 18000000" + "20000E00 5549 0400 312E3300" + "10002000 4C4F 0400 31323334";
    String unSq = "09001010 554E 0000 FFFFFFFF" + "FEFF00E0 FFFFFFFF" + "20000E00 04000000 312E3200"
        + "08001511 FFFFFFFF FEFF00E0 FFFFFFFF FEFF0DE0 00000000 FEFFDDE0 00000000"
        + "FEFF0DE0 00000000" + "FEFFDDE0 00000000";
    String encapsulated = "E07F1000 4F42 0000 FFFFFFFF" + "FEFF00E0 04000000 00000000"
        + "FEFF00E0 06000000 010203040506" + "FEFFDDE0 00000000";
    String tail = "10002000 4C4F 0200 3132" + "FCFFFCFF 4F42 0000 04000000 00000000";
    return List.of(hex.parseHex((definedSq + unSq + tail).replace(" ", "")),
        hex.parseHex(("08000500 4353 0A00 49534F5F495220313030" + unSq + encapsulated).replace(" ", "")));
  }

  /** A C-FIND identifier-like raw data set (Implicit VR Little Endian, no File Meta Information). */
  private static byte[] rawImplicit() throws IOException {
    Attributes a = TestData.ct("ISO_IR 192", "\u00C9LO\u00CFSE", 2);
    a.remove(Tag.PixelData);
    java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
    new DicomOutputStream(b, UID.ImplicitVRLittleEndian).writeDataset(a);
    byte[] out = b.toByteArray();
    return Arrays.copyOf(out, Math.max(out.length, 200));
  }

  private static byte[] mutate(byte[] src, Random rnd) {
    byte[] b = src.clone();
    switch (rnd.nextInt(4)) {
      case 0 -> {
        return Arrays.copyOf(b, rnd.nextInt(b.length));
      }
      case 1 -> {
        for (int k = 1 + rnd.nextInt(8); k > 0; k--) {
          b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
        }
      }
      case 2 -> {
        int p = 132 + rnd.nextInt(b.length - 136);
        int v = rnd.nextBoolean() ? -1 : rnd.nextInt();
        b[p] = (byte) v;
        b[p + 1] = (byte) (v >>> 8);
        b[p + 2] = (byte) (v >>> 16);
        b[p + 3] = (byte) (v >>> 24);
      }
      default -> {
        int p = rnd.nextInt(b.length);
        b[p] = (byte) 0xFF;
        b = Arrays.copyOf(b, Math.max(p + 1, b.length - rnd.nextInt(64)));
      }
    }
    return b;
  }

  private static void check(byte[] data, String what) {
    for (BulkDataMode mode : BulkDataMode.values()) {
      run(what + " " + mode, () -> new DicomInputStream(new ByteArrayInputStream(data)).withBulkData(mode)
          .withBulkDataUri("file:/x").readDataset().toString());
    }
    run(what + " transcode", () -> Transcoder.transcode(new ByteArrayInputStream(data), OutputStream.nullOutputStream(),
        UID.ExplicitVRLittleEndian));
    run(what + " dump", () -> {
      new DicomDumper(new PrintStream(OutputStream.nullOutputStream()), 80).dump(new ByteArrayInputStream(data));
      return null;
    });
  }

  private interface Parse {
    Object run() throws IOException;
  }

  private static void run(String what, Parse p) {
    try {
      p.run();
      accepted++;
    } catch (DicomStreamException | EOFException e) {
      rejected++; // expected outcome for malformed input
    } catch (Throwable t) {
      fail(what + ": unexpected " + t, t);
    }
  }
}
