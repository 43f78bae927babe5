package org.opendrimbox.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.BulkData;
import org.opendrimbox.dicom.data.Fragments;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;

class BulkDataTest {

  @TempDir
  Path dir;

  @Test
  void uriModeKeepsReferencesThatCanBeWrittenBack() throws IOException {
    Attributes src = TestData.ct("ISO_IR 100", TestData.LATIN_NAME, 64);
    Path file = dir.resolve("ct.dcm");
    Files.write(file, TestData.part10(src, UID.ExplicitVRLittleEndian));
    Attributes read;
    try (DicomInputStream in = new DicomInputStream(Files.newInputStream(file))) {
      read = in.withBulkData(BulkDataMode.URI).withBulkDataUri(file.toUri().toString()).readDataset();
    }
    BulkData bd = (BulkData) read.getValue(Tag.PixelData);
    assertThat(bd.length()).isEqualTo(64 * 64 * 2);
    assertThat(bd.offset()).isEqualTo(Files.size(file) - bd.length());
    assertThat(bd.uriWithRange()).endsWith("?offset=" + bd.offset() + "&length=" + bd.length());
    try (InputStream in = bd.openStream()) {
      assertThat(in.readAllBytes()).isEqualTo(src.getBytes(Tag.PixelData));
    }
    ByteArrayOutputStream copy = new ByteArrayOutputStream();
    new DicomOutputStream(copy, UID.ImplicitVRLittleEndian).writeDataset(read);
    Attributes again = new DicomInputStream(new ByteArrayInputStream(copy.toByteArray()),
        UID.ImplicitVRLittleEndian).readDataset();
    assertThat(again.getBytes(Tag.PixelData)).isEqualTo(src.getBytes(Tag.PixelData));
    assertThat(again.getString(Tag.PatientName)).isEqualTo(TestData.LATIN_NAME);
  }

  @Test
  void uriModeReferencesEachFragment() throws IOException {
    Attributes src = TestData.ct(null, "X", 4);
    Fragments f = new Fragments(VR.OB, 2);
    f.add(new byte[0]);
    f.add(new byte[] {5, 6, 7, 8});
    src.setValue(Tag.PixelData, VR.OB, f);
    Path file = dir.resolve("jpeg.dcm");
    Files.write(file, TestData.part10(src, UID.JPEGBaseline8Bit));
    Attributes read = new DicomInputStream(Files.newInputStream(file)).withBulkData(BulkDataMode.URI)
        .withBulkDataUri(file.toUri().toString()).readDataset();
    Fragments r = (Fragments) read.getValue(Tag.PixelData);
    assertThat(r.get(0)).isEqualTo(new byte[0]);
    try (InputStream in = ((BulkData) r.get(1)).openStream()) {
      assertThat(in.readAllBytes()).containsExactly(5, 6, 7, 8);
    }
  }

  @Test
  void skipModeDropsBulkDataButKeepsSmallBinaryValues() throws IOException {
    Attributes src = TestData.ct(null, "X", 64);
    src.setBytes(0x00091010, VR.OB, new byte[] {1, 2});
    byte[] file = TestData.part10(src, UID.ExplicitVRLittleEndian);
    Attributes read = new DicomInputStream(new ByteArrayInputStream(file)).withBulkData(BulkDataMode.SKIP)
        .readDataset();
    assertThat(read.contains(Tag.PixelData)).isFalse();
    assertThat(read.getBytes(0x00091010)).containsExactly(1, 2);
  }

  @Test
  void allocationLimitRejectsHugeValuesWithAClearMessage() throws IOException {
    byte[] file = TestData.part10(TestData.ct(null, "X", 64), UID.ExplicitVRLittleEndian);
    assertThatThrownBy(() -> new DicomInputStream(new ByteArrayInputStream(file)).withAllocationLimit(4096)
        .readDataset()).isInstanceOf(DicomStreamException.class)
        .hasMessageContaining("(7FE0,0010)").hasMessageContaining("exceeds the limit of 4096 bytes");
  }

  @Test
  void falseLengthDoesNotAllocateIt() {
    // (0009,1010) OB with length 0x70000000 but only 4 bytes of data: EOF, not a 1.8 GiB allocation
    byte[] b = {9, 0, 0x10, 0x10, 'O', 'B', 0, 0, 0, 0, 0, 0x70, 1, 2, 3, 4};
    assertThatThrownBy(() -> new DicomInputStream(new ByteArrayInputStream(b), UID.ExplicitVRLittleEndian)
        .withAllocationLimit(Long.MAX_VALUE).readDataset()).isInstanceOf(java.io.EOFException.class);
  }

  @Test
  void referencesValuesLargerThanTheHeap() throws IOException {
    // (0010,0020) LO "ID", then (7FE0,0010) OB of 4 GiB - 16 bytes, produced lazily: never read into memory
    byte[] head = {0x10, 0, 0x20, 0, 'L', 'O', 2, 0, 'I', 'D',
        (byte) 0xE0, 0x7F, 0x10, 0, 'O', 'B', 0, 0, (byte) 0xF0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
    long total = head.length + 0xFFFFFFF0L;
    InputStream lazy = new InputStream() {
      private long pos;

      @Override
      public int read() {
        return pos >= total ? -1 : pos < head.length ? head[(int) pos++] & 0xFF : (int) (pos++ & 0x7F);
      }

      @Override
      public int read(byte[] b, int off, int len) {
        int n = 0;
        while (n < len && pos < total) {
          b[off + n++] = (byte) read();
        }
        return n == 0 && len > 0 ? -1 : n;
      }

      @Override
      public long skip(long n) {
        long k = Math.min(n, total - pos);
        pos += k;
        return k;
      }
    };
    Attributes a = new DicomInputStream(lazy, UID.ExplicitVRLittleEndian).withBulkData(BulkDataMode.URI)
        .readDataset();
    BulkData bd = (BulkData) a.getValue(Tag.PixelData);
    assertThat(bd.offset()).isEqualTo(head.length);
    assertThat(bd.length()).isEqualTo(0xFFFFFFF0L);
    assertThat(a.getString(Tag.PatientID)).isEqualTo("ID");
  }
}
