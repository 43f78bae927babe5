package org.opendrimbox.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Fragments;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;

class TranscoderTest {

  @ParameterizedTest
  @CsvSource({
      "1.2.840.10008.1.2, 1.2.840.10008.1.2.1", "1.2.840.10008.1.2.1, 1.2.840.10008.1.2",
      "1.2.840.10008.1.2, 1.2.840.10008.1.2.1.99", "1.2.840.10008.1.2.1.99, 1.2.840.10008.1.2"})
  void convertsBetweenUncompressedSyntaxes(String from, String to) throws IOException {
    Attributes src = TestData.ct("ISO_IR 100", TestData.LATIN_NAME, 32);
    src.setBytes(0x00091010, VR.OB, new byte[] {9, 8, 7, 6});
    src.setString(0x00090010, VR.LO, "ACME");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String detected = Transcoder.transcode(new ByteArrayInputStream(TestData.part10(src, from)), out, to);
    assertThat(detected).isEqualTo(from);
    DicomInputStream in = new DicomInputStream(new ByteArrayInputStream(out.toByteArray()));
    assertThat(in.readFileMetaInformation().getString(Tag.TransferSyntaxUID)).isEqualTo(to);
    Attributes read = in.readDataset();
    assertThat(read.tags()).isEqualTo(src.tags());
    assertThat(read.getString(Tag.PatientName)).isEqualTo(TestData.LATIN_NAME);
    assertThat(read.getBytes(Tag.PixelData)).isEqualTo(src.getBytes(Tag.PixelData));
    assertThat(read.getBytes(0x00091010)).containsExactly(9, 8, 7, 6);
    assertThat(read.getNestedDataset(Tag.ReferencedStudySequence).getString(Tag.ReferencedSOPInstanceUID))
        .isEqualTo("2.25.42");
    if (!to.equals(UID.ImplicitVRLittleEndian)) {
      assertThat(read.getVR(Tag.Rows)).isEqualTo(VR.US);
      assertThat(read.getVR(Tag.PixelData)).isEqualTo(VR.OW);
    }
  }

  @Test
  void passesEncapsulatedPixelDataThroughUntouched() throws IOException {
    Attributes src = TestData.ct(null, "DOE^J", 4);
    Fragments f = new Fragments(VR.OB, 2);
    f.add(new byte[0]);
    f.add(new byte[] {1, 2, 3, 4, 5, 6});
    src.setValue(Tag.PixelData, VR.OB, f);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Transcoder.transcode(new ByteArrayInputStream(TestData.part10(src, UID.JPEGBaseline8Bit)), out,
        UID.JPEGBaseline8Bit);
    Fragments r = (Fragments) new DicomInputStream(new ByteArrayInputStream(out.toByteArray())).readDataset()
        .getValue(Tag.PixelData);
    assertThat((byte[]) r.get(1)).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void refusesToDecompress() {
    assertThat(Transcoder.canTranscode(UID.JPEGBaseline8Bit, UID.ExplicitVRLittleEndian)).isFalse();
    assertThatThrownBy(() -> Transcoder.transcodeDataset(new ByteArrayInputStream(new byte[0]),
        UID.JPEG2000, new ByteArrayOutputStream(), UID.ExplicitVRLittleEndian))
        .isInstanceOf(DicomStreamException.class).hasMessageContaining("cannot transcode");
  }

  @Test
  void editsTheHeaderAndStreamsThePixelData() throws IOException {
    Attributes src = TestData.ct("ISO_IR 100", TestData.LATIN_NAME, 16);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Transcoder.transcode(new ByteArrayInputStream(TestData.part10(src, UID.ImplicitVRLittleEndian)), out,
        UID.ExplicitVRLittleEndian, header -> {
          Attributes ins = new Attributes();
          ins.setString(Tag.PatientID, VR.LO, "1234567890123");
          ins.setString(Tag.IssuerOfPatientID, VR.LO, "1.2.250.1.213.1.4.8");
          header.newSequence(Tag.OtherPatientIDsSequence, 1).add(ins);
          header.setString(Tag.PatientID, VR.LO, "IPP-9");
        });
    Attributes read = new DicomInputStream(new ByteArrayInputStream(out.toByteArray())).readDataset();
    assertThat(read.getString(Tag.PatientID)).isEqualTo("IPP-9");
    assertThat(read.getNestedDataset(Tag.OtherPatientIDsSequence).getString(Tag.PatientID))
        .isEqualTo("1234567890123");
    assertThat(read.getString(Tag.PatientName)).isEqualTo(TestData.LATIN_NAME);
    assertThat(read.getBytes(Tag.PixelData)).isEqualTo(src.getBytes(Tag.PixelData));
    assertThat(read.getVR(Tag.PixelData)).isEqualTo(VR.OW);
  }

  @Test
  void transcodesRawDataSetsIntoDeflate() throws IOException {
    Attributes src = TestData.ct("ISO_IR 192", "\u00C9LO\u00CFSE", 32);
    ByteArrayOutputStream implicit = new ByteArrayOutputStream();
    new DicomOutputStream(implicit, UID.ImplicitVRLittleEndian).writeDataset(src);
    ByteArrayOutputStream deflated = new ByteArrayOutputStream();
    Transcoder.transcodeDataset(new ByteArrayInputStream(implicit.toByteArray()), UID.ImplicitVRLittleEndian,
        deflated, UID.DeflatedExplicitVRLittleEndian);
    assertThat(deflated.size()).isLessThan(implicit.size());
    byte[] head = java.util.Arrays.copyOf(deflated.toByteArray(), 4);
    assertThat(head).isNotEqualTo(new byte[] {8, 0, 5, 0}); // compressed, not a plain (0008,0005) header
    Attributes read = new DicomInputStream(new ByteArrayInputStream(deflated.toByteArray()),
        UID.DeflatedExplicitVRLittleEndian).readDataset();
    assertThat(read.getString(Tag.PatientName)).isEqualTo("\u00C9LO\u00CFSE");
    assertThat(read.getBytes(Tag.PixelData)).isEqualTo(src.getBytes(Tag.PixelData));
  }

  @Test
  void sameSyntaxCopiesThePixelDataAndWhatFollowsByteForByte() throws IOException {
    Attributes src = TestData.ct("ISO_IR 100", TestData.LATIN_NAME, 512); // 512 KiB of pixels: several raw blocks
    src.setBytes(Tag.DataSetTrailingPadding, VR.OB, new byte[] {1, 2, 3, 4});
    byte[] part10 = TestData.part10(src, UID.ExplicitVRLittleEndian);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Transcoder.transcode(new ByteArrayInputStream(part10), out, UID.ExplicitVRLittleEndian,
        header -> header.setString(Tag.PatientID, VR.LO, "IPP-10"));
    byte[] served = out.toByteArray();
    assertThat(tail(served)).isEqualTo(tail(part10)).hasSizeGreaterThan(Transcoder.RAW_BLOCK);
    Attributes read = new DicomInputStream(new ByteArrayInputStream(served)).readDataset();
    assertThat(read.getString(Tag.PatientID)).isEqualTo("IPP-10");
    assertThat(read.getBytes(Tag.PixelData)).isEqualTo(src.getBytes(Tag.PixelData));
    assertThat(read.getBytes(Tag.DataSetTrailingPadding)).containsExactly(1, 2, 3, 4);
  }

  @Test
  void headOfTheSameSyntaxLeavesThePixelDataToTheCallerAsAnOffset() throws IOException {
    Attributes src = TestData.ct("ISO_IR 100", TestData.LATIN_NAME, 64);
    src.setBytes(Tag.DataSetTrailingPadding, VR.OB, new byte[] {1, 2, 3, 4});
    byte[] part10 = TestData.part10(src, UID.ExplicitVRLittleEndian);
    ByteArrayOutputStream whole = new ByteArrayOutputStream();
    Transcoder.transcode(new ByteArrayInputStream(part10), whole, UID.ExplicitVRLittleEndian,
        header -> header.setString(Tag.PatientID, VR.LO, "IPP-11"));
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    long rest = Transcoder.transcodeHead(new ByteArrayInputStream(part10), head, UID.ExplicitVRLittleEndian,
        header -> header.setString(Tag.PatientID, VR.LO, "IPP-11"));
    assertThat(rest).isEqualTo(part10.length - tail(part10).length);
    head.write(part10, (int) rest, part10.length - (int) rest);
    assertThat(head.toByteArray()).isEqualTo(whole.toByteArray());
  }

  @Test
  void headOfAnotherSyntaxConvertsTheRestToo() throws IOException {
    Attributes src = TestData.ct("ISO_IR 100", TestData.LATIN_NAME, 16);
    byte[] part10 = TestData.part10(src, UID.ImplicitVRLittleEndian);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(Transcoder.transcodeHead(new ByteArrayInputStream(part10), out, UID.ExplicitVRLittleEndian, null))
        .isEqualTo(-1);
    Attributes read = new DicomInputStream(new ByteArrayInputStream(out.toByteArray())).readDataset();
    assertThat(read.getBytes(Tag.PixelData)).isEqualTo(src.getBytes(Tag.PixelData));
    assertThat(read.getVR(Tag.PixelData)).isEqualTo(VR.OW);
  }

  /** The bytes of a Part 10 file from the pixel data element on. */
  private static byte[] tail(byte[] part10) throws IOException {
    DicomInputStream in = new DicomInputStream(new ByteArrayInputStream(part10));
    in.readDataset(Tag.PixelData);
    return java.util.Arrays.copyOfRange(part10, (int) in.position(), part10.length);
  }
}
