package org.opendrimbox.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;

class DicomRoundTripTest {

  @ParameterizedTest
  @ValueSource(strings = {UID.ImplicitVRLittleEndian, UID.ExplicitVRLittleEndian, UID.DeflatedExplicitVRLittleEndian})
  void writesThenReadsAPart10File(String ts) throws IOException {
    Attributes src = TestData.ct("ISO_IR 100", TestData.LATIN_NAME, 16);
    byte[] file = TestData.part10(src, ts);
    try (DicomInputStream in = new DicomInputStream(new ByteArrayInputStream(file))) {
      Attributes fmi = in.readFileMetaInformation();
      assertThat(fmi.getString(Tag.TransferSyntaxUID)).isEqualTo(ts);
      assertThat(fmi.getString(Tag.MediaStorageSOPClassUID)).isEqualTo(UID.CTImageStorage);
      assertThat(in.getTransferSyntax()).isEqualTo(ts);
      Attributes read = in.readDataset();
      assertThat(read.getString(Tag.PatientName)).isEqualTo(TestData.LATIN_NAME);
      assertThat(read.getString(Tag.StudyDescription)).isEqualTo("Scanner thorax \u00E9t\u00E9");
      assertThat(read.getInt(Tag.Rows, 0)).isEqualTo(16);
      assertThat(read.getStrings(Tag.ImageOrientationPatient)).containsExactly("1", "0", "0", "0", "1", "0");
      assertThat(read.getNestedDataset(Tag.ReferencedStudySequence).getString(Tag.ReferencedSOPInstanceUID))
          .isEqualTo("2.25.42");
      assertThat(read.getBytes(Tag.PixelData)).isEqualTo(src.getBytes(Tag.PixelData));
      assertThat(read.getVR(Tag.PixelData)).isEqualTo(VR.OW);
      assertThat(read.tags()).isEqualTo(src.tags());
    }
  }

  @Test
  void utf8NamesRoundTrip() throws IOException {
    String name = "\u00C7A\u00CFD^\u00C9lo\u00EFse=\u5C71\u7530^\u592A\u90CE";
    byte[] file = TestData.part10(TestData.ct("ISO_IR 192", name, 4), UID.ExplicitVRLittleEndian);
    Attributes read = new DicomInputStream(new ByteArrayInputStream(file)).readDataset();
    assertThat(read.getString(Tag.PatientName)).isEqualTo(name);
  }

  @Test
  void commandsAreImplicitWithGroupLength() throws IOException {
    Attributes cmd = new Attributes();
    cmd.setString(Tag.AffectedSOPClassUID, VR.UI, UID.Verification);
    cmd.setInt(Tag.CommandField, VR.US, 0x0030);
    cmd.setInt(Tag.MessageID, VR.US, 1);
    cmd.setInt(Tag.CommandDataSetType, VR.US, 0x0101);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new DicomOutputStream(bytes, UID.ImplicitVRLittleEndian).writeCommand(cmd);
    byte[] b = bytes.toByteArray();
    // (0000,0000) UL 4 = 56: 18 bytes UID element + 3 x 10 bytes US elements
    assertThat(b).startsWith(0, 0, 0, 0, 4, 0, 0, 0, 56, 0, 0, 0);
    assertThat(b).hasSize(12 + 56);
    Attributes read = new DicomInputStream(new ByteArrayInputStream(b), UID.ImplicitVRLittleEndian).readDataset();
    assertThat(read.getInt(Tag.CommandGroupLength, 0)).isEqualTo(56);
    assertThat(read.getString(Tag.AffectedSOPClassUID)).isEqualTo(UID.Verification);
    assertThat(read.getInt(Tag.CommandField, 0)).isEqualTo(0x30);
    assertThat(read.getInt(Tag.CommandDataSetType, 0)).isEqualTo(0x101);
  }

  @Test
  void stopTagLeavesTheStreamAtTheElement() throws IOException {
    byte[] file = TestData.part10(TestData.ct(null, "DOE^JOHN", 8), UID.ExplicitVRLittleEndian);
    DicomInputStream in = new DicomInputStream(new ByteArrayInputStream(file));
    Attributes read = in.readDataset(Tag.PixelData);
    assertThat(read.contains(Tag.PixelData)).isFalse();
    assertThat(read.getString(Tag.PatientName)).isEqualTo("DOE^JOHN");
    assertThat(in.peekTag()).isEqualTo(Tag.PixelData);
    assertThat(in.readHeader()).isTrue();
    assertThat(in.length()).isEqualTo(8 * 8 * 2);
  }

  @Test
  void customHandlerStreamsElementsWithoutBuildingTheDataSet() throws IOException {
    byte[] file = TestData.part10(TestData.ct("ISO_IR 100", TestData.LATIN_NAME, 64), UID.ExplicitVRLittleEndian);
    java.util.List<String> seen = new java.util.ArrayList<>();
    DicomInputStream in = new DicomInputStream(new ByteArrayInputStream(file));
    in.withHandler(new DicomInputHandler() {
      @Override
      public void readValue(DicomInputStream dis, Attributes attrs) throws IOException {
        seen.add(Tag.toString(dis.tag()) + (dis.depth() > 0 ? " nested" : ""));
        if (dis.tag() == Tag.PixelData) {
          dis.skipValue();
        } else {
          dis.readValue(dis, attrs); // delegate to the default handling
        }
      }

      @Override
      public void readValue(DicomInputStream dis, org.opendrimbox.dicom.data.Sequence seq) throws IOException {
        dis.readValue(dis, seq);
      }

      @Override
      public void readValue(DicomInputStream dis, org.opendrimbox.dicom.data.Fragments frags) throws IOException {
        dis.readValue(dis, frags);
      }
    });
    Attributes read = in.readDataset();
    assertThat(seen).contains("(0010,0010)", "(0008,1155) nested", "(7FE0,0010)");
    assertThat(read.contains(Tag.PixelData)).isFalse();
    assertThat(read.getString(Tag.PatientName)).isEqualTo(TestData.LATIN_NAME);
  }

  @Test
  void nullAndEmptyValuesAreWrittenAsEmpty() throws IOException {
    Attributes a = new Attributes();
    a.setString(Tag.PatientName, VR.PN, (String) null);
    a.setString(Tag.Rows, VR.US, "");
    a.setValue(Tag.ImageType, VR.CS, new String[] {"A", null, "B"});
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new DicomOutputStream(bytes, UID.ExplicitVRLittleEndian).writeDataset(a);
    Attributes r = new DicomInputStream(new ByteArrayInputStream(bytes.toByteArray()),
        UID.ExplicitVRLittleEndian).readDataset();
    assertThat(r.getString(Tag.PatientName)).isNull();
    assertThat(r.getBytes(Tag.Rows)).isEmpty();
    assertThat(r.getStrings(Tag.ImageType)).containsExactly("A", "", "B");
  }

  @Test
  void readsFilesWithoutPreambleOrWithoutFileMeta() throws IOException {
    Attributes src = TestData.ct(null, "DOE^J", 4);
    byte[] file = TestData.part10(src, UID.ExplicitVRLittleEndian);
    byte[] noPreamble = java.util.Arrays.copyOfRange(file, 132, file.length);
    DicomInputStream a = new DicomInputStream(new ByteArrayInputStream(noPreamble));
    assertThat(a.readFileMetaInformation().getString(Tag.TransferSyntaxUID)).isEqualTo(UID.ExplicitVRLittleEndian);
    assertThat(a.readDataset().getString(Tag.PatientName)).isEqualTo("DOE^J");
    for (String ts : new String[] {UID.ImplicitVRLittleEndian, UID.ExplicitVRLittleEndian}) {
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      new DicomOutputStream(raw, ts).writeDataset(src);
      DicomInputStream b = new DicomInputStream(new ByteArrayInputStream(raw.toByteArray()));
      assertThat(b.readFileMetaInformation()).isNull();
      assertThat(b.getTransferSyntax()).isEqualTo(ts);
      assertThat(b.readDataset().getBytes(Tag.PixelData)).isEqualTo(src.getBytes(Tag.PixelData));
    }
  }

  @Test
  void deflatedInputReadsBulkDataInlineInUriMode() throws IOException {
    Attributes src = TestData.ct(null, "DOE^J", 64);
    byte[] file = TestData.part10(src, UID.DeflatedExplicitVRLittleEndian);
    Attributes read = new DicomInputStream(new ByteArrayInputStream(file)).withBulkData(BulkDataMode.URI)
        .withBulkDataUri("file:/unused").readDataset();
    assertThat(read.getValue(Tag.PixelData)).isInstanceOf(byte[].class);
    assertThat(read.getBytes(Tag.PixelData)).isEqualTo(src.getBytes(Tag.PixelData));
    assertThat(file.length).isLessThan(64 * 64 * 2); // the synthetic pixel ramp compresses well
  }
}
