package org.opendrimbox.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Sequence;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.io.DicomInputStream;
import org.opendrimbox.dicom.mime.MultipartParser;
import org.opendrimbox.ids.Ins;

/** Multipart framing, Implicit to Explicit VR conversion (R23) and INS coercion (R22) of served instances. */
class InstancePartWriterTest {

  static final Ins INS = StudyCoverageTest.INS;

  @TempDir Path dir;

  record Part(Map<String, String> headers, Attributes fmi, Attributes data) {}

  @Test
  void instancesAreFramedConvertedAndCoerced() throws Exception {
    CachedInstance implicit = TestInstances.write(dir, UID.ImplicitVRLittleEndian, "1.2.3.4", "1.2.3.4.1", 1);
    CachedInstance explicit = TestInstances.write(dir, UID.ExplicitVRLittleEndian, "1.2.3.4", "1.2.3.4.2", 2);
    Negotiation n = AnsSamples.instanceNegotiation("sample-series.txt");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InstancePartWriter w = new InstancePartWriter(out, "odb-b", n, new InsCoercion(INS));
    assertThat(w.write(implicit)).isTrue();
    assertThat(w.write(explicit)).isTrue();
    w.finish();
    String text = out.toString(StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("--odb-b\r\nContent-Type: application/dicom; transfer-syntax=1.2.840.10008.1.2.1\r\n\r\n")
        .endsWith("\r\n--odb-b--\r\n");
    List<Part> parts = parse(out.toByteArray(), "odb-b");
    assertThat(parts).hasSize(2);
    for (Part p : parts) {
      assertThat(p.headers().get("Content-Type")).isEqualTo("application/dicom; transfer-syntax="
          + UID.ExplicitVRLittleEndian);
      assertThat(p.fmi().getString(Tag.TransferSyntaxUID)).isEqualTo(UID.ExplicitVRLittleEndian);
      Sequence other = p.data().getSequence(Tag.OtherPatientIDsSequence);
      assertThat(other).hasSize(1);
      Attributes item = other.get(0);
      assertThat(item.getString(Tag.PatientID)).isEqualTo(INS.value());
      assertThat(item.getString(Tag.IssuerOfPatientID)).isEqualTo("ASIP-SANTE-INS-NIR");
      assertThat(item.getString(Tag.TypeOfPatientID)).isEqualTo("TEXT");
      Attributes q = item.getNestedDataset(Tag.IssuerOfPatientIDQualifiersSequence);
      assertThat(q.getString(Tag.UniversalEntityID)).isEqualTo(Ins.OID_NIR_TEST);
      assertThat(q.getString(Tag.UniversalEntityIDType)).isEqualTo("ISO");
      assertThat(p.data().getString(Tag.PatientID)).isEqualTo("IPP1");
    }
    assertThat(parts.get(0).data().getBytes(Tag.PixelData)).isEqualTo(TestInstances.pixels(1));
    assertThat(parts.get(1).data().getBytes(Tag.PixelData)).isEqualTo(TestInstances.pixels(2));
  }

  @Test
  void unacceptableInstancesAreSkipped() throws Exception {
    CachedInstance explicit = TestInstances.write(dir, UID.ExplicitVRLittleEndian, "1.2.3.4", "1.2.3.4.3", 1);
    Negotiation n = Negotiation.forInstances(AcceptHeader.parse(List.of(
        "multipart/related; type=\"application/dicom\"; transfer-syntax=1.2.840.10008.1.2.4.80")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InstancePartWriter w = new InstancePartWriter(out, "b", n, new InsCoercion(INS));
    assertThat(w.write(explicit)).isFalse();
    w.finish();
    assertThat(w.skipped()).isEqualTo(1);
    assertThat(parse(out.toByteArray(), "b")).isEmpty();
  }

  @Test
  void theRestOfAnInstanceStoredInTheServedSyntaxIsAFileRange() throws Exception {
    CachedInstance implicit = TestInstances.write(dir, UID.ImplicitVRLittleEndian, "1.2.3.4", "1.2.3.4.5", 1);
    CachedInstance explicit = TestInstances.write(dir, UID.ExplicitVRLittleEndian, "1.2.3.4", "1.2.3.4.6", 2);
    Negotiation n = AnsSamples.instanceNegotiation("sample-series.txt");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<long[]> ranges = new ArrayList<>();
    FileRegionWriter copying = FileRegionWriter.copying(out);
    InstancePartWriter w = new InstancePartWriter(out, "odb-r", n, new InsCoercion(INS), (file, pos, count) -> {
      ranges.add(new long[] {pos, count, file.size()});
      copying.write(file, pos, count);
    });
    w.write(implicit); // converted: no range
    w.write(explicit);
    w.finish();
    assertThat(ranges).hasSize(1);
    long[] r = ranges.get(0);
    assertThat(r[0] + r[1]).isEqualTo(r[2]).isEqualTo(explicit.size());
    List<Part> parts = parse(out.toByteArray(), "odb-r");
    assertThat(parts.get(1).data().getBytes(Tag.PixelData)).isEqualTo(TestInstances.pixels(2));
    assertThat(parts.get(1).data().getNestedDataset(Tag.OtherPatientIDsSequence).getString(Tag.PatientID))
        .isEqualTo(INS.value());
    assertThat(parts.get(0).data().getBytes(Tag.PixelData)).isEqualTo(TestInstances.pixels(1));
  }

  @Test
  void coercionIsIdempotentAndKeepsOtherIds() {
    Attributes a = new Attributes();
    Attributes other = new Attributes();
    other.setString(Tag.PatientID, org.opendrimbox.dicom.data.VR.LO, "X1");
    a.newSequence(Tag.OtherPatientIDsSequence, 1).add(other);
    InsCoercion c = new InsCoercion(INS);
    c.accept(a);
    c.accept(a);
    assertThat(a.getSequence(Tag.OtherPatientIDsSequence)).extracting(i -> i.getString(Tag.PatientID))
        .containsExactly("X1", INS.value());
  }

  @Test
  void framesAreCutFromNativePixelData() throws Exception {
    CachedInstance multi = TestInstances.write(dir, UID.ExplicitVRLittleEndian, "1.2.3.4", "1.2.3.4.9", 3);
    FrameExtractor f = new FrameExtractor(multi);
    assertThat(f.numberOfFrames()).isEqualTo(3);
    assertThat(f.checkFrameList("2,3")).containsExactly(2, 3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    f.writeFrame(2, out);
    byte[] all = TestInstances.pixels(3);
    assertThat(out.toByteArray()).isEqualTo(java.util.Arrays.copyOfRange(all, 32, 64));
    assertThatThrownBy(() -> f.checkFrameList("4")).isInstanceOfSatisfying(SourceException.class,
        e -> assertThat(e.reason()).isEqualTo(SourceException.Reason.NOT_FOUND));
    assertThatThrownBy(() -> f.checkFrameList("a")).isInstanceOfSatisfying(SourceException.class,
        e -> assertThat(e.reason()).isEqualTo(SourceException.Reason.BAD_REQUEST));
  }

  static List<Part> parse(byte[] body, String boundary) throws Exception {
    List<Part> parts = new ArrayList<>();
    new MultipartParser(boundary).parse(new ByteArrayInputStream(body), (i, headers, in) -> {
      DicomInputStream dis = new DicomInputStream(in);
      Attributes fmi = dis.readFileMetaInformation();
      parts.add(new Part(Map.copyOf(headers), fmi, dis.readDataset()));
    });
    return parts;
  }
}
