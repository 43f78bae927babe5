package org.opendrimbox.dicom.mime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opendrimbox.dicom.data.UID;

class TransferSyntaxChoiceTest {

  private static String choose(String accept, String stored) {
    return TransferSyntaxChoice.select(MediaType.parseAccept(accept), stored);
  }

  @Test
  void followsQualityOrderAndTranscodesOnlyUncompressedData() {
    String accept = "multipart/related; type=\"application/dicom\"; transfer-syntax=1.2.840.10008.1.2.4.50; q=0.9, "
        + "multipart/related; type=\"application/dicom\"; transfer-syntax=1.2.840.10008.1.2.1; q=0.5";
    assertThat(choose(accept, UID.JPEGBaseline8Bit)).isEqualTo(UID.JPEGBaseline8Bit);
    assertThat(choose(accept, UID.ImplicitVRLittleEndian)).isEqualTo(UID.ExplicitVRLittleEndian);
    assertThat(choose(accept, UID.JPEG2000)).isNull();
  }

  @Test
  void defaultsToExplicitLittleEndianAndStarMeansAsStored() {
    assertThat(choose("multipart/related; type=\"application/dicom\"", UID.ImplicitVRLittleEndian))
        .isEqualTo(UID.ExplicitVRLittleEndian);
    assertThat(choose("multipart/related; type=\"application/dicom\"; transfer-syntax=*", UID.JPEGLSLossless))
        .isEqualTo(UID.JPEGLSLossless);
    assertThat(choose("*/*", UID.JPEGLSLossless)).isEqualTo(UID.JPEGLSLossless);
    assertThat(choose("application/dicom+json", UID.ExplicitVRLittleEndian)).isNull();
    assertThat(choose("multipart/related; type=\"application/octet-stream\"", UID.ExplicitVRLittleEndian)).isNull();
    assertThat(choose("multipart/related; type=\"application/dicom\"; q=0", UID.ExplicitVRLittleEndian)).isNull();
  }
}
