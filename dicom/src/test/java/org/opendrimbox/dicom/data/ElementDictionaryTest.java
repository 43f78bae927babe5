package org.opendrimbox.dicom.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ElementDictionaryTest {

  @Test
  void knowsRegisteredTagsBothWays() {
    assertThat(Tag.PatientID).isEqualTo(0x00100020);
    assertThat(ElementDictionary.vrOf(Tag.PatientID)).isEqualTo(VR.LO);
    assertThat(ElementDictionary.keywordOf(0x00100010)).isEqualTo("PatientName");
    assertThat(ElementDictionary.tagOf("StudyInstanceUID")).isEqualTo(0x0020000D);
    assertThat(ElementDictionary.tagOf("NoSuchKeyword")).isEqualTo(-1);
    assertThat(ElementDictionary.vrOf(Tag.ReferencedSOPSequence)).isEqualTo(VR.SQ);
    assertThat(ElementDictionary.vrOf(Tag.PixelData)).isEqualTo(VR.OW);
  }

  @Test
  void coversCommandGroupAndRetiredEntries() {
    assertThat(Tag.CommandField).isEqualTo(0x00000100);
    assertThat(Tag.MoveDestination).isEqualTo(0x00000600);
    assertThat(ElementDictionary.vrOf(Tag.AffectedSOPInstanceUID)).isEqualTo(VR.UI);
    assertThat(ElementDictionary.vrOf(Tag.NumberOfRemainingSuboperations)).isEqualTo(VR.US);
    assertThat(ElementDictionary.keywordOf(0x00000001)).isEqualTo("CommandLengthToEnd");
  }

  @Test
  void foldsRepeatingGroupsAndHandlesPrivateTags() {
    assertThat(ElementDictionary.vrOf(0x60020010)).isEqualTo(VR.US);
    assertThat(ElementDictionary.keywordOf(0x60020010)).isEqualTo("OverlayRows");
    assertThat(ElementDictionary.vrOf(0x00091010)).isEqualTo(VR.UN);
    assertThat(ElementDictionary.vrOf(0x00090010)).isEqualTo(VR.LO);
    assertThat(ElementDictionary.vrOf(0x00180000)).isEqualTo(VR.UL);
    assertThat(ElementDictionary.vrOf(0xFFFEE000)).isNull();
  }

  @Test
  void formatsTags() {
    assertThat(Tag.toString(Tag.PatientID)).isEqualTo("(0010,0020)");
    assertThat(Tag.toString(0x7FE00010)).isEqualTo("(7FE0,0010)");
    assertThat(Tag.group(0x7FE00010)).isEqualTo(0x7FE0);
    assertThat(Tag.element(0x7FE00010)).isEqualTo(0x0010);
  }

  @Test
  void vrCodesRoundTrip() {
    for (VR vr : VR.values()) {
      assertThat(VR.fromCode(vr.code())).isSameAs(vr);
    }
    assertThat(VR.fromCode(('Z' << 8) | 'Z')).isNull();
    assertThat(VR.OB.longHeader()).isTrue();
    assertThat(VR.US.longHeader()).isFalse();
    assertThat(VR.UI.paddingByte()).isZero();
    assertThat(VR.PN.paddingByte()).isEqualTo(' ');
  }

  @Test
  void generatesUidsIn225Form() {
    String a = UidGenerator.newUid();
    assertThat(a).startsWith("2.25.").hasSizeLessThanOrEqualTo(64).matches("2\\.25\\.[1-9][0-9]*");
    assertThat(UidGenerator.newUid()).isNotEqualTo(a);
    assertThat(UID.nameOf(UID.CTImageStorage)).isEqualTo("CT Image Storage");
  }
}
