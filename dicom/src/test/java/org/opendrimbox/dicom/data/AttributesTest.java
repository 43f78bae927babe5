package org.opendrimbox.dicom.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AttributesTest {

  @Test
  void keepsElementsSortedByUnsignedTag() {
    Attributes a = new Attributes(2);
    a.setString(Tag.PatientID, VR.LO, "P1");
    a.setBytes(Tag.PixelData, VR.OW, new byte[4]);
    a.setString(Tag.SOPInstanceUID, VR.UI, "1.2.3");
    a.setString(0xFFFA0010, VR.LO, "x");
    a.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
    assertThat(a.tags()).containsExactly(Tag.SpecificCharacterSet, Tag.SOPInstanceUID, Tag.PatientID,
        Tag.PixelData, 0xFFFA0010);
    assertThat(a.remove(Tag.SOPInstanceUID)).isTrue();
    assertThat(a.remove(Tag.SOPInstanceUID)).isFalse();
    assertThat(a.size()).isEqualTo(4);
  }

  @Test
  void decodesStringsAndNumbers() {
    Attributes a = new Attributes();
    a.setBytes(Tag.ImageType, VR.CS, "ORIGINAL\\PRIMARY\\AXIAL ".getBytes(StandardCharsets.US_ASCII));
    a.setBytes(Tag.SOPInstanceUID, VR.UI, "1.2.3\0".getBytes(StandardCharsets.US_ASCII));
    a.setInt(Tag.Rows, VR.US, 512);
    a.setString(Tag.SeriesNumber, VR.IS, " 7 ");
    a.setBytes(Tag.StudyDescription, VR.LO, new byte[0]);
    assertThat(a.getStrings(Tag.ImageType)).containsExactly("ORIGINAL", "PRIMARY", "AXIAL");
    assertThat(a.getString(Tag.SOPInstanceUID)).isEqualTo("1.2.3");
    assertThat(a.getInt(Tag.Rows, -1)).isEqualTo(512);
    assertThat(a.getString(Tag.Rows)).isEqualTo("512");
    assertThat(a.getBytes(Tag.Rows)).containsExactly(0, 2);
    assertThat(a.getInt(Tag.SeriesNumber, -1)).isEqualTo(7);
    assertThat(a.getString(Tag.StudyDescription)).isNull();
    assertThat(a.contains(Tag.StudyDescription)).isTrue();
    assertThat(a.getString(Tag.PatientID, "none")).isEqualTo("none");
    assertThat(a.getInt(Tag.Columns, 3)).isEqualTo(3);
    a.setString(Tag.PatientWeight, VR.DS, "72.5");
    a.setString(Tag.FrameTime, VR.FD, "33.25");
    assertThat(a.getDouble(Tag.PatientWeight, 0)).isEqualTo(72.5);
    assertThat(a.getDouble(Tag.FrameTime, 0)).isEqualTo(33.25);
    assertThat(a.getDouble(Tag.Rows, 0)).isEqualTo(512);
    assertThat(a.getDouble(Tag.PatientSize, -1)).isEqualTo(-1);
  }

  @Test
  void itemsInheritTheCharacterSet() {
    Attributes a = new Attributes();
    a.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 100");
    Sequence seq = a.newSequence(Tag.ReferencedPatientSequence, 1);
    Attributes item = new Attributes();
    seq.add(item);
    item.setBytes(Tag.PatientName, VR.PN, "G\u00C9RARD^H\u00E9l\u00E8ne".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(a.getNestedDataset(Tag.ReferencedPatientSequence).getString(Tag.PatientName))
        .isEqualTo("G\u00C9RARD^H\u00E9l\u00E8ne");
    assertThat(item.getParent()).isSameAs(a);
    assertThat(item.getSpecificCharacterSet()).isEqualTo(SpecificCharacterSet.ISO_IR_100);
  }

  @Test
  void addAllCopiesSequencesDeeply() {
    Attributes a = new Attributes();
    a.newSequence(Tag.ReferencedSeriesSequence, 1).add(new Attributes().setString(Tag.SeriesInstanceUID,
        VR.UI, "1.2"));
    Attributes b = new Attributes();
    b.addAll(a);
    assertThat(b.getSequence(Tag.ReferencedSeriesSequence)).isNotSameAs(a.getSequence(Tag.ReferencedSeriesSequence));
    assertThat(b.getNestedDataset(Tag.ReferencedSeriesSequence).getString(Tag.SeriesInstanceUID)).isEqualTo("1.2");
  }

  @Test
  void visitsInTagOrder() {
    Attributes a = new Attributes();
    a.setString(Tag.PatientID, VR.LO, "1");
    a.setString(Tag.Modality, VR.CS, "CT");
    StringBuilder sb = new StringBuilder();
    a.accept((attrs, tag, vr, value) -> sb.append(Tag.toString(tag)).append(vr));
    assertThat(sb).hasToString("(0008,0060)CS(0010,0020)LO");
  }
}
