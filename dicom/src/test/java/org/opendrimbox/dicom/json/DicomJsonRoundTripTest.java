package org.opendrimbox.dicom.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.BulkData;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.dicom.io.TestData;

class DicomJsonRoundTripTest {

  private static String toJson(Attributes a, BulkDataUriFunction uris) {
    StringWriter w = new StringWriter();
    try (JsonGenerator gen = Json.createGenerator(w)) {
      DicomJsonWriter writer = new DicomJsonWriter(gen);
      if (uris != null) {
        writer.withBulkDataUris(uris);
      }
      writer.write(a);
    }
    return w.toString();
  }

  private static Attributes fromJson(String json) {
    return new DicomJsonReader(Json.createParser(new StringReader(json))).readDataset();
  }

  @Test
  void writesTheAnnexFShapes() {
    Attributes a = new Attributes();
    a.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
    a.setString(Tag.PatientName, VR.PN, "G\u00C9RARD^H\u00E9l\u00E8ne=\u5C71\u7530^\u592A\u90CE");
    a.setInt(Tag.Rows, VR.US, 512);
    a.setString(Tag.SeriesNumber, VR.IS, "7");
    a.setString(Tag.PixelSpacing, VR.DS, "0.5", "0.25");
    a.setString(Tag.ImageType, VR.CS, "ORIGINAL", "", "AXIAL");
    a.setString(Tag.StudyDescription, VR.LO, "");
    a.setInt(Tag.FrameIncrementPointer, VR.AT, Tag.FrameTime);
    a.setBytes(0x00091010, VR.OB, new byte[] {1, 2, 3, 4});
    a.setValue(Tag.PixelData, VR.OW, new BulkData("file:/x.dcm", 100, 8));
    a.newSequence(Tag.ReferencedSeriesSequence, 1).add(new Attributes().setString(Tag.SeriesInstanceUID,
        VR.UI, "1.2.3"));
    String json = toJson(a, (attrs, tag, vr, value) -> tag == Tag.PixelData ? "http://h/bulk/7fe00010" : null);
    JsonObject o = Json.createReader(new StringReader(json)).readObject();
    assertThat(o.getJsonObject("00100010").getString("vr")).isEqualTo("PN");
    assertThat(o.getJsonObject("00100010").getJsonArray("Value").getJsonObject(0).getString("Alphabetic"))
        .isEqualTo("G\u00C9RARD^H\u00E9l\u00E8ne");
    assertThat(o.getJsonObject("00100010").getJsonArray("Value").getJsonObject(0).getString("Ideographic"))
        .isEqualTo("\u5C71\u7530^\u592A\u90CE");
    assertThat(o.getJsonObject("00280010").getJsonArray("Value").getJsonNumber(0).intValue()).isEqualTo(512);
    assertThat(o.getJsonObject("00200011").getJsonArray("Value").getJsonNumber(0).intValue()).isEqualTo(7);
    assertThat(o.getJsonObject("00280030").getJsonArray("Value").getJsonNumber(1).doubleValue()).isEqualTo(0.25);
    assertThat(o.getJsonObject("00080008").getJsonArray("Value").isNull(1)).isTrue();
    assertThat(o.getJsonObject("00081030").containsKey("Value")).isFalse();
    assertThat(o.getJsonObject("00280009").getJsonArray("Value").getString(0)).isEqualTo("00181063");
    assertThat(o.getJsonObject("00091010").getString("InlineBinary")).isEqualTo("AQIDBA==");
    assertThat(o.getJsonObject("7FE00010").getString("BulkDataURI")).isEqualTo("http://h/bulk/7fe00010");
    assertThat(o.getJsonObject("00081115").getJsonArray("Value").getJsonObject(0).getJsonObject("0020000E")
        .getJsonArray("Value").getString(0)).isEqualTo("1.2.3");
  }

  @Test
  void omitsBulkDataOnRequest() {
    Attributes a = new Attributes();
    a.setBytes(Tag.PixelData, VR.OW, new byte[] {1, 2});
    JsonObject o = Json.createReader(new StringReader(toJson(a, (attrs, tag, vr, value) -> BulkDataUriFunction.OMIT)))
        .readObject();
    assertThat(o.getJsonObject("7FE00010").keySet()).containsExactly("vr");
  }

  @Test
  void readsBackWhatItWrites() {
    Attributes src = TestData.ct("ISO_IR 100", TestData.LATIN_NAME, 4);
    src.setInt(Tag.FrameIncrementPointer, VR.AT, Tag.FrameTime);
    src.setString(Tag.PatientWeight, VR.DS, "72.5");
    src.setString(Tag.FrameTime, VR.DS, "33.3");
    Attributes back = fromJson(toJson(src, null));
    assertThat(back.tags()).isEqualTo(src.tags());
    assertThat(back.getString(Tag.PatientName)).isEqualTo(TestData.LATIN_NAME);
    assertThat(back.getString(Tag.InstitutionName)).isEqualTo(src.getString(Tag.InstitutionName));
    assertThat(back.getInt(Tag.Rows, 0)).isEqualTo(4);
    assertThat(back.getStrings(Tag.ImageOrientationPatient)).containsExactly("1", "0", "0", "0", "1", "0");
    assertThat(back.getString(Tag.PatientWeight)).isEqualTo("72.5");
    assertThat(back.getInt(Tag.FrameIncrementPointer, 0)).isEqualTo(Tag.FrameTime);
    assertThat(back.getBytes(Tag.PixelData)).isEqualTo(src.getBytes(Tag.PixelData));
    assertThat(back.getNestedDataset(Tag.ReferencedStudySequence).getString(Tag.ReferencedSOPInstanceUID))
        .isEqualTo("2.25.42");
  }

  @Test
  void readsTheStandardExampleShapes() {
    String json = "[{\"00080005\":{\"vr\":\"CS\",\"Value\":[\"ISO_IR 192\"]},"
        + "\"00100010\":{\"vr\":\"PN\",\"Value\":[{\"Alphabetic\":\"Wang^XiaoDong\",\"Ideographic\":\"\u738B^\u5C0F\u6771\"}]},"
        + "\"00280010\":{\"vr\":\"US\",\"Value\":[256]},"
        + "\"00181063\":{\"vr\":\"DS\",\"Value\":[33.3]},"
        + "\"7FE00010\":{\"vr\":\"OW\",\"BulkDataURI\":\"http://wado/bulk/1\"},"
        + "\"00081030\":{\"vr\":\"LO\"},"
        + "\"00400275\":{\"vr\":\"SQ\",\"Value\":[{\"00400009\":{\"vr\":\"SH\",\"Value\":[\"SPS1\"]}}]}},"
        + "{\"00100020\":{\"vr\":\"LO\",\"Value\":[\"P2\"]}}]";
    List<Attributes> list = new ArrayList<>();
    new DicomJsonReader(Json.createParser(new StringReader(json))).readDatasets(list::add);
    assertThat(list).hasSize(2);
    Attributes a = list.get(0);
    assertThat(a.getString(Tag.PatientName)).isEqualTo("Wang^XiaoDong=\u738B^\u5C0F\u6771");
    assertThat(a.getInt(Tag.Rows, 0)).isEqualTo(256);
    assertThat(a.getString(Tag.FrameTime)).isEqualTo("33.3");
    assertThat(((BulkData) a.getValue(Tag.PixelData)).uri()).isEqualTo("http://wado/bulk/1");
    assertThat(a.contains(Tag.StudyDescription)).isTrue();
    assertThat(a.getNestedDataset(Tag.RequestAttributesSequence).getString(Tag.ScheduledProcedureStepID))
        .isEqualTo("SPS1");
    assertThat(list.get(1).getString(Tag.PatientID)).isEqualTo("P2");
  }

  @Test
  void rejectsMalformedDicomJson() {
    assertThatThrownBy(() -> fromJson("{\"0010GGGG\":{\"vr\":\"LO\"}}")).isInstanceOf(JsonParsingException.class)
        .hasMessageContaining("bad tag key");
    assertThatThrownBy(() -> fromJson("{\"00100020\":{\"vr\":\"XX\"}}")).isInstanceOf(JsonParsingException.class)
        .hasMessageContaining("unknown vr");
    assertThatThrownBy(() -> fromJson("{\"00280010\":{\"vr\":\"US\",\"Value\":[\"abc\"]}}"))
        .isInstanceOf(JsonParsingException.class);
    assertThatThrownBy(() -> fromJson("{\"00100020\":{\"Value\":[\"x\"]}}")).isInstanceOf(JsonParsingException.class);
  }
}
