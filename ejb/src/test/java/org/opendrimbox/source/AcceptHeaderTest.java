package org.opendrimbox.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.opendrimbox.dicom.data.UID;

/** Replays the Accept headers of every ANS WADO-RS sample, then the edge and error cases. */
class AcceptHeaderTest {

  static final List<String> REQUESTS = AnsSamples.REQUESTS;

  @ParameterizedTest
  @FieldSource("REQUESTS")
  void everyAnsSampleIsServable(String name) throws Exception {
    AnsSamples.Request r = AnsSamples.read(name);
    List<String> accept = r.values("Accept");
    assertThat(accept).isNotEmpty();
    List<AcceptedType> types = AcceptHeader.parse(accept);
    assertThat(types).hasSizeGreaterThanOrEqualTo(10);
    assertThat(types).allSatisfy(t -> {
      assertThat(t.mediaType()).isEqualTo("multipart/related");
      assertThat(t.relatedType()).isEqualTo("application/dicom");
      assertThat(t.transferSyntax()).startsWith("1.2.840.10008.1.2");
    });
    for (int i = 1; i < types.size(); i++) {
      assertThat(types.get(i).quality()).isLessThanOrEqualTo(types.get(i - 1).quality());
    }
    boolean frames = r.path().contains("/frames/");
    Negotiation n = frames ? Negotiation.forFrames(types) : Negotiation.forInstances(types);
    assertThat(n.choose(UID.ExplicitVRLittleEndian)).isPresent();
    assertThat(n.choose(UID.ImplicitVRLittleEndian).orElseThrow().transferSyntax())
        .isEqualTo(UID.ExplicitVRLittleEndian);
    assertThat(n.choose(UID.JPEGLSLossless).orElseThrow().transferSyntax()).isEqualTo(UID.JPEGLSLossless);
    assertThat(r.values(StudyCoverage.KOS_HEADER)).singleElement().matches(StudyCoverage::isUid);
    assertThat(r.values("Authorization")).singleElement().asString().startsWith("Bearer ");
  }

  @Test
  void validatorSeriesSampleIsOrderedByQuality() throws Exception {
    List<AcceptedType> types = AcceptHeader.parse(AnsSamples.read("sample-series.txt").values("Accept"));
    assertThat(types).extracting(AcceptedType::transferSyntax).startsWith(UID.JPEGLosslessSV1, UID.JPEGLSLossless,
        UID.JPEG2000, UID.JPEGBaseline8Bit, UID.JPEGExtended12Bit);
    assertThat(types.get(types.size() - 1).transferSyntax()).isEqualTo(UID.ExplicitVRLittleEndian);
    Negotiation n = Negotiation.forInstances(types);
    assertThat(n.choose(UID.JPEGLosslessSV1).orElseThrow().contentType())
        .isEqualTo("application/dicom; transfer-syntax=" + UID.JPEGLosslessSV1);
    assertThat(n.choose(UID.RLELossless)).isEmpty();
  }

  @Test
  void switchHeadersKeepsHeaderOrderForEqualQuality() throws Exception {
    List<AcceptedType> types = AcceptHeader.parse(AnsSamples.read("validator-series-OK_SwitchHeaders.txt")
        .values("Accept"));
    assertThat(types).hasSize(10);
    assertThat(types).extracting(AcceptedType::transferSyntax).startsWith(UID.JPEGBaseline8Bit,
        UID.JPEGExtended12Bit, UID.JPEGLosslessSV1, UID.MPEG2MPML);
  }

  @Test
  void qualityZeroExcludesAndOneComesFirst() throws Exception {
    List<AcceptedType> types = AcceptHeader.parse(AnsSamples.read("validator-instance-OK_QParameterMinMax.txt")
        .values("Accept"));
    assertThat(types.get(0).quality()).isEqualTo(1.0);
    assertThat(types.get(0).transferSyntax()).isEqualTo(UID.JPEGLosslessSV1);
    assertThat(types.get(1).transferSyntax()).isEqualTo(UID.ExplicitVRLittleEndian);
    assertThat(types).filteredOn(t -> t.quality() == 0).extracting(AcceptedType::transferSyntax)
        .containsExactlyInAnyOrder(UID.JPEGBaseline8Bit, UID.JPEGExtended12Bit);
    Negotiation n = Negotiation.forInstances(types);
    assertThat(n.choose(UID.JPEGBaseline8Bit)).isEmpty();
    assertThat(n.choose(UID.JPEGExtended12Bit)).isEmpty();
    assertThat(n.choose(UID.JPEGLosslessSV1)).isPresent();
    List<AcceptedType> withStar = AcceptHeader.parse(List.of(
        "multipart/related; type=\"application/dicom\"; transfer-syntax=1.2.840.10008.1.2.4.50; q=0",
        "multipart/related; type=\"application/dicom\"; transfer-syntax=*; q=0.2"));
    assertThat(Negotiation.forInstances(withStar).choose(UID.JPEGBaseline8Bit)).isEmpty();
    assertThat(Negotiation.forInstances(withStar).choose(UID.JPEGLSLossless).orElseThrow().transferSyntax())
        .isEqualTo(UID.JPEGLSLossless);
  }

  @Test
  void mediaTypeMayBeOmitted() throws Exception {
    List<AcceptedType> types = AcceptHeader.parse(AnsSamples.read("validator-instance-OK_Instances_v2.txt")
        .values("Accept"));
    assertThat(types.get(0)).isEqualTo(new AcceptedType("multipart/related", "application/dicom",
        UID.JPEGBaseline8Bit, 0.9, 0));
  }

  @Test
  void wildcardTransferSyntaxSendsStoredSyntaxButNeverImplicit() {
    Negotiation n = Negotiation.forInstances(AcceptHeader.parse(List.of(
        "multipart/related; type=\"application/dicom\"; transfer-syntax=*")));
    assertThat(n.choose(UID.JPEG2000).orElseThrow().transferSyntax()).isEqualTo(UID.JPEG2000);
    assertThat(n.choose(UID.ImplicitVRLittleEndian).orElseThrow().transferSyntax())
        .isEqualTo(UID.ExplicitVRLittleEndian);
  }

  @Test
  void missingAcceptMeansExplicitLittleEndian() {
    Negotiation n = Negotiation.forInstances(AcceptHeader.parse(null));
    assertThat(n.choose(UID.ImplicitVRLittleEndian).orElseThrow().transferSyntax())
        .isEqualTo(UID.ExplicitVRLittleEndian);
    assertThat(n.choose(UID.JPEGLSLossless)).isEmpty();
  }

  @Test
  void framesOfCompressedObjectsUseTheirImageType() {
    Negotiation n = Negotiation.forFrames(AcceptHeader.parse(List.of(
        "multipart/related; type=\"image/jls\", multipart/related; type=\"application/octet-stream\"; q=0.5")));
    assertThat(n.choose(UID.JPEGLSLossless).orElseThrow()).isEqualTo(new PartType("image/jls", UID.JPEGLSLossless));
    assertThat(n.choose(UID.ExplicitVRLittleEndian).orElseThrow())
        .isEqualTo(new PartType("application/octet-stream", UID.ExplicitVRLittleEndian));
    assertThat(n.choose(UID.JPEG2000)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"multipart/related; type=\"application/dicom\"; q=1.5",
      "multipart/related; type=\"application/dicom\"; q=abc", "multipart/related; q=0.12345",
      "multipart/related; type=\"application/dicom\"; transfer-syntax=jpeg", "nonsense", "multipart/related; q"})
  void malformedRangesAreBadRequests(String accept) {
    assertThatThrownBy(() -> AcceptHeader.parse(List.of(accept))).isInstanceOfSatisfying(SourceException.class,
        e -> assertThat(e.reason()).isEqualTo(SourceException.Reason.BAD_REQUEST));
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json", "multipart/related; type=\"application/pdf\"",
      "multipart/related; type=\"application/dicom\"; q=0", "text/html, image/png"})
  void nothingServableIsNotAcceptable(String accept) {
    assertThatThrownBy(() -> Negotiation.forInstances(AcceptHeader.parse(List.of(accept))))
        .isInstanceOfSatisfying(SourceException.class,
            e -> assertThat(e.reason()).isEqualTo(SourceException.Reason.NOT_ACCEPTABLE));
  }
}
