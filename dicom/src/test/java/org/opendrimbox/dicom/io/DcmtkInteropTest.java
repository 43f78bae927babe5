package org.opendrimbox.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;

/** Files we write are read by dcmtk's dcmdump and pass dicom3tools' dciodvfy; files dcmtk writes are read by us. */
class DcmtkInteropTest {

  private static final String UTF8_NAME = "\u00C7A\u00CFD^\u00C9lo\u00EFse";

  @TempDir
  Path dir;

  @BeforeAll
  static void toolsPresent() {
    ExternalTools.require("dcmdump", "dcmtk");
    ExternalTools.require("dciodvfy", "dicom3tools");
    ExternalTools.require("dcmconv", "dcmtk");
  }

  @ParameterizedTest
  @CsvSource({
      "ISO_IR 100, 1.2.840.10008.1.2.1", "ISO_IR 100, 1.2.840.10008.1.2", "ISO_IR 100, 1.2.840.10008.1.2.1.99",
      "ISO_IR 192, 1.2.840.10008.1.2.1", "ISO_IR 192, 1.2.840.10008.1.2", "ISO_IR 192, 1.2.840.10008.1.2.1.99"})
  void dcmdumpReadsOurCtInstances(String charset, String ts) throws Exception {
    String name = charset.equals("ISO_IR 100") ? TestData.LATIN_NAME : UTF8_NAME;
    Path file = dir.resolve("ct.dcm");
    Files.write(file, TestData.part10(TestData.ct(charset, name, 32), ts));
    ExternalTools.Result r = ExternalTools.run(dir, "dcmdump", "-q", "+U8", file.toString());
    assertThat(r.status()).as(r.output()).isZero();
    assertThat(r.output()).doesNotContain("E: ").contains("PN [" + name + "]")
        .contains("(7fe0,0010) OW").contains("ReferencedSOPInstanceUID");
  }

  @ParameterizedTest
  @CsvSource({"ISO_IR 100, 1.2.840.10008.1.2.1", "ISO_IR 100, 1.2.840.10008.1.2",
      "ISO_IR 192, 1.2.840.10008.1.2.1"})
  void dciodvfyFindsNoErrors(String charset, String ts) throws Exception {
    Path file = dir.resolve("ct.dcm");
    String name = charset.equals("ISO_IR 100") ? TestData.LATIN_NAME : UTF8_NAME;
    Files.write(file, TestData.part10(TestData.ct(charset, name, 32), ts));
    ExternalTools.Result r = ExternalTools.run(dir, "dciodvfy", file.toString());
    assertThat(r.output()).contains("CTImage");
    assertThat(Arrays.stream(r.output().split("\n")).filter(l -> l.startsWith("Error"))).as(r.output()).isEmpty();
  }

  @Test
  void transcodedFilesPassDciodvfy() throws Exception {
    Path implicit = dir.resolve("implicit.dcm");
    Path explicit = dir.resolve("explicit.dcm");
    Files.write(implicit, TestData.part10(TestData.ct("ISO_IR 100", TestData.LATIN_NAME, 32),
        UID.ImplicitVRLittleEndian));
    try (var in = Files.newInputStream(implicit); var out = Files.newOutputStream(explicit)) {
      Transcoder.transcode(in, out, UID.ExplicitVRLittleEndian, header -> {
        Attributes ins = new Attributes();
        ins.setString(Tag.PatientID, org.opendrimbox.dicom.data.VR.LO, "1234567890123");
        ins.setString(Tag.IssuerOfPatientID, org.opendrimbox.dicom.data.VR.LO, "1.2.250.1.213.1.4.8");
        ins.setString(Tag.TypeOfPatientID, org.opendrimbox.dicom.data.VR.CS, "TEXT");
        header.newSequence(Tag.OtherPatientIDsSequence, 1).add(ins);
      });
    }
    ExternalTools.Result r = ExternalTools.run(dir, "dciodvfy", explicit.toString());
    assertThat(Arrays.stream(r.output().split("\n")).filter(l -> l.startsWith("Error"))).as(r.output()).isEmpty();
    ExternalTools.Result d = ExternalTools.run(dir, "dcmdump", "-q", explicit.toString());
    assertThat(d.status()).isZero();
    assertThat(d.output()).contains("LittleEndianExplicit").contains("[1234567890123]");
  }

  @Test
  void weReadWhatDcmtkWrites() throws Exception {
    Path ours = dir.resolve("ours.dcm");
    Files.write(ours, TestData.part10(TestData.ct("ISO_IR 100", TestData.LATIN_NAME, 32), UID.ExplicitVRLittleEndian));
    for (String option : new String[] {"+ti", "+td", "+te"}) {
      Path theirs = dir.resolve("theirs" + option.substring(1) + ".dcm");
      ExternalTools.Result r = ExternalTools.run(dir, "dcmconv", option, ours.toString(), theirs.toString());
      assertThat(r.status()).as(r.output()).isZero();
      try (DicomInputStream in = new DicomInputStream(Files.newInputStream(theirs))) {
        Attributes a = in.readDataset();
        assertThat(a.getString(Tag.PatientName)).isEqualTo(TestData.LATIN_NAME);
        assertThat(a.getBytes(Tag.PixelData)).hasSize(32 * 32 * 2);
        assertThat(a.getNestedDataset(Tag.ReferencedStudySequence)).isNotNull();
      }
    }
  }

  @Test
  void dcmdumpReadsDataWrittenWithUndefinedLengthsInsideDefinedOnes() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Attributes a = TestData.ct("ISO_IR 192", UTF8_NAME, 8);
    a.getNestedDataset(Tag.ReferencedStudySequence).newSequence(Tag.ReferencedSeriesSequence, 1)
        .add(new Attributes().setString(Tag.SeriesInstanceUID, org.opendrimbox.dicom.data.VR.UI, "2.25.9"));
    try (DicomOutputStream out = new DicomOutputStream(bytes, UID.ExplicitVRLittleEndian)) {
      out.writeFileMetaInformation(DicomOutputStream.createFileMetaInformation("2.25.1", UID.CTImageStorage,
          UID.ExplicitVRLittleEndian));
      out.writeDataset(a);
    }
    Path file = dir.resolve("nested.dcm");
    Files.write(file, bytes.toByteArray());
    ExternalTools.Result r = ExternalTools.run(dir, "dcmdump", "-q", "+U8", file.toString());
    assertThat(r.status()).isZero();
    assertThat(r.output()).contains("[2.25.9]");
  }
}
