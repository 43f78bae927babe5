package org.opendrimbox.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Fragments;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;

/** Encodings of PS3.5 section 7.1 (element headers) and 7.5 (sequences, items, delimiters), byte for byte. */
class GoldenBytesTest {

  private static byte[] hex(String s) {
    return HexFormat.of().parseHex(s.replace(" ", ""));
  }

  private static byte[] write(Attributes a, String ts) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    new DicomOutputStream(b, ts).writeDataset(a);
    return b.toByteArray();
  }

  private static Attributes read(byte[] b, String ts) throws IOException {
    return new DicomInputStream(new ByteArrayInputStream(b), ts).readDataset();
  }

  @Test
  void explicitShortAndLongHeaders() throws IOException {
    Attributes a = new Attributes();
    a.setString(Tag.PatientID, VR.LO, "ID1234");
    a.setBytes(0x00091010, VR.OB, new byte[] {1, 2, 3});
    // (0010,0020) LO len 6 "ID1234"; (0009,1010) OB 00 00 len 4, value padded with NUL
    byte[] expected = hex("09001010 4F42 0000 04000000 01020300" + "10002000 4C4F 0600 494431323334");
    assertThat(write(a, UID.ExplicitVRLittleEndian)).isEqualTo(expected);
    assertThat(read(expected, UID.ExplicitVRLittleEndian).getString(Tag.PatientID)).isEqualTo("ID1234");
  }

  @Test
  void implicitHeadersAndPadding() throws IOException {
    Attributes a = new Attributes();
    a.setString(Tag.SOPInstanceUID, VR.UI, "1.2.3");
    a.setString(Tag.PatientName, VR.PN, "DOE");
    byte[] expected = hex("08001800 06000000 312E322E3300" + "10001000 04000000 444F4520");
    assertThat(write(a, UID.ImplicitVRLittleEndian)).isEqualTo(expected);
    Attributes r = read(expected, UID.ImplicitVRLittleEndian);
    assertThat(r.getVR(Tag.PatientName)).isEqualTo(VR.PN);
    assertThat(r.getString(Tag.PatientName)).isEqualTo("DOE");
  }

  @Test
  void undefinedLengthSequenceAsInTable7_5_3() throws IOException {
    Attributes a = new Attributes();
    a.newSequence(Tag.ReferencedSeriesSequence, 1).add(new Attributes().setString(Tag.SeriesInstanceUID,
        VR.UI, "1.2"));
    byte[] expected = hex("08001511 5351 0000 FFFFFFFF" + "FEFF00E0 FFFFFFFF" + "20000E00 5549 0400 312E3200"
        + "FEFF0DE0 00000000" + "FEFFDDE0 00000000");
    assertThat(write(a, UID.ExplicitVRLittleEndian)).isEqualTo(expected);
  }

  @Test
  void readsDefinedLengthSequenceAsInTable7_5_1() throws IOException {
    byte[] b = hex("08001511 5351 0000 14000000" + "FEFF00E0 0C000000" + "20000E00 5549 0400 312E3200"
        + "10002000 4C4F 0200 3132");
    Attributes r = read(b, UID.ExplicitVRLittleEndian);
    assertThat(r.getNestedDataset(Tag.ReferencedSeriesSequence).getString(Tag.SeriesInstanceUID)).isEqualTo("1.2");
    assertThat(r.getString(Tag.PatientID)).isEqualTo("12");
  }

  @Test
  void readsUnknownSequenceOfUndefinedLengthAsImplicit() throws IOException {
    // PS3.5 6.2.2: UN with undefined length holds an implicit VR little endian sequence
    byte[] b = hex("08001511 554E 0000 FFFFFFFF" + "FEFF00E0 FFFFFFFF" + "20000E00 04000000 312E3200"
        + "FEFF0DE0 00000000" + "FEFFDDE0 00000000" + "10002000 4C4F 0200 3132");
    Attributes r = read(b, UID.ExplicitVRLittleEndian);
    assertThat(r.getNestedDataset(Tag.ReferencedSeriesSequence).getString(Tag.SeriesInstanceUID)).isEqualTo("1.2");
    assertThat(r.getString(Tag.PatientID)).isEqualTo("12");
  }

  @Test
  void encapsulatedPixelDataAsInA_4() throws IOException {
    Fragments f = new Fragments(VR.OB, 2);
    f.add(new byte[0]);
    f.add(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xD9});
    Attributes a = new Attributes();
    a.setValue(Tag.PixelData, VR.OB, f);
    byte[] expected = hex("E07F1000 4F42 0000 FFFFFFFF" + "FEFF00E0 00000000" + "FEFF00E0 04000000 FFD8FFD9"
        + "FEFFDDE0 00000000");
    assertThat(write(a, UID.JPEGBaseline8Bit)).isEqualTo(expected);
    Fragments r = (Fragments) read(expected, UID.JPEGBaseline8Bit).getValue(Tag.PixelData);
    assertThat(r).hasSize(2);
    assertThat((byte[]) r.get(1)).isEqualTo(f.get(1));
  }

  @Test
  void longValueOfShortVrIsWrittenAsUn() throws IOException {
    Attributes a = new Attributes();
    a.setBytes(Tag.PatientComments, VR.LT, new byte[0x10000]);
    byte[] b = write(a, UID.ExplicitVRLittleEndian);
    assertThat(b).startsWith(hex("10000040 554E 0000 00000100"));
  }

  @Test
  void readsAnUnknownFutureVrAsUnWithLongLength() throws IOException {
    byte[] b = hex("09001010 5A5A 0000 02000000 0102" + "10002000 4C4F 0200 3132");
    Attributes r = read(b, UID.ExplicitVRLittleEndian);
    assertThat(r.getVR(0x00091010)).isEqualTo(VR.UN);
    assertThat(r.getBytes(0x00091010)).containsExactly(1, 2);
    assertThat(r.getString(Tag.PatientID)).isEqualTo("12");
  }

  @Test
  void rejectsNonAlphabeticVrBytes() {
    byte[] b = hex("10002000 0000 0200 3132");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> read(b, UID.ExplicitVRLittleEndian))
        .isInstanceOf(DicomStreamException.class).hasMessageContaining("invalid VR 0x0000 of (0010,0020)");
  }

  @Test
  void readsImplicitPrivateSequenceOfUndefinedLength() throws IOException {
    byte[] b = hex("09001000 04000000 41434D45" + "09001010 FFFFFFFF" + "FEFF00E0 FFFFFFFF"
        + "10002000 02000000 3132" + "FEFF0DE0 00000000" + "FEFFDDE0 00000000");
    Attributes r = read(b, UID.ImplicitVRLittleEndian);
    assertThat(r.getString(0x00090010)).isEqualTo("ACME");
    assertThat(r.getNestedDataset(0x00091010).getString(Tag.PatientID)).isEqualTo("12");
  }

  @Test
  void implicitPixelValuesFollowPixelRepresentation() throws IOException {
    // (0028,0103) US 1, then (0028,0106) "US or SS" = -5 (FBFF): SS because pixels are signed
    byte[] b = hex("28000301 02000000 0100" + "28000601 02000000 FBFF");
    Attributes r = read(b, UID.ImplicitVRLittleEndian);
    assertThat(r.getVR(Tag.SmallestImagePixelValue)).isEqualTo(VR.SS);
    assertThat(r.getInt(Tag.SmallestImagePixelValue, 0)).isEqualTo(-5);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Transcoder.transcodeDataset(new ByteArrayInputStream(b), UID.ImplicitVRLittleEndian, out,
        UID.ExplicitVRLittleEndian);
    assertThat(out.toByteArray()).isEqualTo(hex("28000301 5553 0200 0100" + "28000601 5353 0200 FBFF"));
    byte[] unsigned = hex("28000301 02000000 0000" + "28000601 02000000 FBFF");
    assertThat(read(unsigned, UID.ImplicitVRLittleEndian).getInt(Tag.SmallestImagePixelValue, 0)).isEqualTo(0xFFFB);
  }
}
