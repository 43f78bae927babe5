package org.opendrimbox.dicom.mime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MediaTypeTest {

  @Test
  void parsesDicomWebMultipartTypes() {
    MediaType m = MediaType.parse(
        "Multipart/Related; type=\"application/dicom\"; transfer-syntax=1.2.840.10008.1.2.1; boundary=abc; q=0.5");
    assertThat(m.type()).isEqualTo("multipart");
    assertThat(m.subtype()).isEqualTo("related");
    assertThat(m.relatedType()).isEqualTo(MediaType.APPLICATION_DICOM);
    assertThat(m.transferSyntax()).isEqualTo("1.2.840.10008.1.2.1");
    assertThat(m.boundary()).isEqualTo("abc");
    assertThat(m.quality()).isEqualTo(0.5);
    assertThat(m.sameType(MediaType.MULTIPART_RELATED)).isTrue();
  }

  @Test
  void sortsAcceptByQuality() {
    List<MediaType> accept = MediaType.parseAccept(
        "application/json;q=0.2, multipart/related; type=\"application/dicom\", application/dicom+json;q=0.9, */*;q=0.1");
    assertThat(accept).extracting(MediaType::subtype).containsExactly("related", "dicom+json", "json", "*");
    assertThat(accept.get(3).isCompatible(MediaType.APPLICATION_DICOM)).isTrue();
    assertThat(MediaType.parseAccept(null)).isEmpty();
  }

  @Test
  void formatsWithQuotesWhereNeeded() {
    MediaType m = MediaType.MULTIPART_RELATED.withParameter("type", "application/dicom")
        .withParameter("boundary", "b1");
    assertThat(m).hasToString("multipart/related; type=\"application/dicom\"; boundary=b1");
    assertThat(MediaType.parse(m.toString())).isEqualTo(m);
    assertThatThrownBy(() -> MediaType.parse("nonsense")).isInstanceOf(IllegalArgumentException.class);
  }
}
