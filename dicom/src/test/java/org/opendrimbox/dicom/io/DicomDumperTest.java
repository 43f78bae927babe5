package org.opendrimbox.dicom.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.dicom.data.UID;

class DicomDumperTest {

  @Test
  void dumpsElementsWithDecodedNames(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ct.dcm");
    Files.write(file, TestData.part10(TestData.ct("ISO_IR 100", TestData.LATIN_NAME, 64), UID.ExplicitVRLittleEndian));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = DicomDumper.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err),
        file.toString());
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(rc).isZero();
    assertThat(text).contains("(0002,0010) UI [1.2.840.10008.1.2.1] #20 TransferSyntaxUID")
        .contains("(0010,0010) PN [" + TestData.LATIN_NAME + "] #14 PatientName")
        .contains("(0028,0010) US 64 #2 Rows")
        .contains("  (0008,1155) UI [2.25.42] #8 ReferencedSOPInstanceUID")
        .contains("(7FE0,0010) OW (8192 bytes not shown) #8192 PixelData");
  }

  @Test
  void reportsErrorsWithExitStatus(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.dcm");
    Files.write(file, new byte[] {1, 2});
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = DicomDumper.run(new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true), file.toString());
    assertThat(rc).isEqualTo(1);
    assertThat(err.toString()).contains("bad.dcm").contains("too short");
    assertThat(DicomDumper.run(System.out, new PrintStream(new ByteArrayOutputStream()))).isEqualTo(2);
  }

  @Test
  void dumpsAsDicomJsonWithBulkDataReferences(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("ct.dcm");
    Files.write(file, TestData.part10(TestData.ct("ISO_IR 100", TestData.LATIN_NAME, 64), UID.ExplicitVRLittleEndian));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int rc = DicomDumper.run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, "--json",
        file.toString());
    assertThat(rc).isZero();
    jakarta.json.JsonObject o = jakarta.json.Json.createReader(new java.io.StringReader(
        out.toString(StandardCharsets.UTF_8))).readObject();
    assertThat(o.getJsonObject("00100010").getJsonArray("Value").getJsonObject(0).getString("Alphabetic"))
        .isEqualTo(TestData.LATIN_NAME);
    assertThat(o.getJsonObject("7FE00010").getString("BulkDataURI")).startsWith("file:")
        .endsWith("&length=8192");
  }

  @Test
  void rejectsBadOptions() {
    PrintStream sink = new PrintStream(new ByteArrayOutputStream());
    assertThat(DicomDumper.run(sink, sink, "-w", "abc", "x.dcm")).isEqualTo(2);
    assertThat(DicomDumper.run(sink, sink, "--bogus", "x.dcm")).isEqualTo(2);
  }
}
