package org.opendrimbox.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.BulkData;
import org.opendrimbox.dicom.data.Fragments;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;

class FramesTest {

  @TempDir
  Path dir;

  private static byte[] bytes(List<BulkData> ranges) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (BulkData bd : ranges) {
      try (InputStream in = bd.openStream()) {
        in.transferTo(out);
      }
    }
    return out.toByteArray();
  }

  private static byte[] filled(int n, int value) {
    byte[] b = new byte[n];
    java.util.Arrays.fill(b, (byte) value);
    return b;
  }

  private Path write(Attributes a, String ts) throws IOException {
    Path file = dir.resolve("f" + System.nanoTime() + ".dcm");
    Files.write(file, TestData.part10(a, ts));
    return file;
  }

  private static Attributes multiFrame(int frames) {
    Attributes a = TestData.ct(null, "X", 4);
    a.setInt(Tag.NumberOfFrames, VR.IS, frames);
    return a;
  }

  @Test
  void locatesNativeFrames() throws IOException {
    Attributes a = multiFrame(3);
    ByteArrayOutputStream px = new ByteArrayOutputStream();
    for (int k = 1; k <= 3; k++) {
      px.write(filled(4 * 4 * 2, k));
    }
    a.setBytes(Tag.PixelData, VR.OW, px.toByteArray());
    Path file = write(a, UID.ExplicitVRLittleEndian);
    assertThat(bytes(Frames.locate(file, 2))).isEqualTo(filled(32, 2));
    assertThat(bytes(Frames.locate(file, 3))).isEqualTo(filled(32, 3));
    assertThatThrownBy(() -> Frames.locate(file, 4)).isInstanceOf(DicomStreamException.class)
        .hasMessageContaining("no frame 4");
  }

  @Test
  void locatesOneFragmentPerFrame() throws IOException {
    Attributes a = multiFrame(3);
    Fragments f = new Fragments(VR.OB, 4);
    f.add(new byte[0]);
    for (int k = 1; k <= 3; k++) {
      f.add(filled(10 + k, k));
    }
    a.setValue(Tag.PixelData, VR.OB, f);
    Path file = write(a, UID.JPEGLSLossless);
    assertThat(bytes(Frames.locate(file, 2))).isEqualTo(filled(12, 2));
  }

  @Test
  void usesTheBasicOffsetTableWhenFramesSpanFragments() throws IOException {
    Attributes a = multiFrame(2);
    Fragments f = new Fragments(VR.OB, 4);
    // frame 1 = fragments of 10 and 6 bytes, frame 2 = one fragment of 4 bytes: offsets 0 and (8+10)+(8+6)=32
    f.add(new byte[] {0, 0, 0, 0, 32, 0, 0, 0});
    f.add(filled(10, 1));
    f.add(filled(6, 1));
    f.add(filled(4, 2));
    a.setValue(Tag.PixelData, VR.OB, f);
    Path file = write(a, UID.JPEGBaseline8Bit);
    assertThat(bytes(Frames.locate(file, 1))).isEqualTo(filled(16, 1));
    assertThat(bytes(Frames.locate(file, 2))).isEqualTo(filled(4, 2));
  }

  @Test
  void usesTheExtendedOffsetTable() throws IOException {
    Attributes a = multiFrame(2);
    Fragments f = new Fragments(VR.OB, 4);
    f.add(new byte[0]);
    f.add(filled(10, 1));
    f.add(filled(6, 1));
    f.add(filled(4, 2));
    a.setValue(Tag.PixelData, VR.OB, f);
    a.setBytes(Tag.ExtendedOffsetTable, VR.OV, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0, 0, 0, 0, 0, 0});
    a.setBytes(Tag.ExtendedOffsetTableLengths, VR.OV, new byte[] {16, 0, 0, 0, 0, 0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0});
    Path file = write(a, UID.JPEGBaseline8Bit);
    assertThat(bytes(Frames.locate(file, 1))).isEqualTo(filled(16, 1));
    assertThat(bytes(Frames.locate(file, 2))).isEqualTo(filled(4, 2));
  }

  @Test
  void singleFrameIsAllFragmentsAndMissingTablesAreReported() throws IOException {
    Attributes one = TestData.ct(null, "X", 4);
    Fragments f = new Fragments(VR.OB, 3);
    f.add(new byte[0]);
    f.add(filled(6, 7));
    f.add(filled(4, 8));
    one.setValue(Tag.PixelData, VR.OB, f);
    Path file = write(one, UID.JPEGBaseline8Bit);
    assertThat(bytes(Frames.locate(file, 1))).containsExactly(7, 7, 7, 7, 7, 7, 8, 8, 8, 8);
    Attributes two = multiFrame(2);
    f.add(filled(2, 9)); // three fragments for two frames, no offset table
    two.setValue(Tag.PixelData, VR.OB, f);
    Path bad = write(two, UID.JPEGBaseline8Bit);
    assertThatThrownBy(() -> Frames.locate(bad, 1)).isInstanceOf(DicomStreamException.class)
        .hasMessageContaining("no Basic or Extended Offset Table");
  }
}
