package org.opendrimbox.dicom.json;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.io.ExternalTools;
import org.opendrimbox.dicom.io.TestData;

/** Our DICOM JSON against dcmtk's dcm2json, an independent implementation of PS3.18 Annex F. */
class Dcm2JsonInteropTest {

  @TempDir
  Path dir;

  @BeforeAll
  static void toolPresent() {
    ExternalTools.require("dcm2json", "dcmtk");
  }

  private static JsonObject withoutCharset(JsonObject o) {
    JsonObjectBuilder b = Json.createObjectBuilder(o);
    b.remove("00080005"); // dcm2json converts to UTF-8 and declares ISO_IR 192
    return b.build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ISO_IR 100", "ISO_IR 192"})
  void ourJsonMatchesDcm2JsonAndWeReadItsOutput(String charset) throws Exception {
    Attributes src = TestData.ct(charset, TestData.LATIN_NAME, 8);
    Path file = dir.resolve("ct.dcm");
    Files.write(file, TestData.part10(src, UID.ExplicitVRLittleEndian));
    ExternalTools.Result r = ExternalTools.run(dir, "dcm2json", file.toString());
    assertThat(r.status()).as(r.output()).isZero();
    JsonObject theirs = Json.createReader(new StringReader(r.output())).readObject();

    StringWriter w = new StringWriter();
    try (JsonGenerator gen = Json.createGenerator(w)) {
      new DicomJsonWriter(gen).write(src);
    }
    JsonObject ours = Json.createReader(new StringReader(w.toString())).readObject();
    assertThat(withoutCharset(ours)).isEqualTo(withoutCharset(theirs));

    Attributes back = new DicomJsonReader(Json.createParser(new StringReader(r.output()))).readDataset();
    assertThat(back.tags()).isEqualTo(src.tags());
    for (int tag : src.tags()) {
      if (tag != Tag.SpecificCharacterSet && tag != Tag.PixelData && src.getSequence(tag) == null) {
        assertThat(back.getStrings(tag)).as(Tag.toString(tag)).isEqualTo(src.getStrings(tag));
      }
    }
    assertThat(back.getBytes(Tag.PixelData)).isEqualTo(src.getBytes(Tag.PixelData));
    assertThat(back.getString(Tag.PatientName)).isEqualTo(TestData.LATIN_NAME);
  }
}
