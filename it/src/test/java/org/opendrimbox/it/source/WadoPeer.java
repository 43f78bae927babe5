package org.opendrimbox.it.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.net.ssl.SSLContext;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.io.DicomInputStream;
import org.opendrimbox.dicom.mime.MediaType;
import org.opendrimbox.dicom.mime.MultipartParser;
import org.opendrimbox.it.support.PublishedStudy;
import org.opendrimbox.it.support.RawHttps;
import org.opendrimbox.it.support.ReportVariants;
import org.opendrimbox.it.support.SharedBox;

/** A peer DRIMbox calling the shared box's WADO-RS over HTTPS, and what the tests check in the answers. */
public final class WadoPeer {

  static final String BASE = "/drimbox/dicomweb";
  static final String EXPLICIT_VR_LE = "1.2.840.10008.1.2.1";
  static final String ANS_ACCEPT = "multipart/related; type=\"application/dicom\";transfer-syntax=1.2.840.10008.1.2.4.70;"
      + "q=0.9;boundary=**,multipart/related; type=\"application/dicom\";transfer-syntax=1.2.840.10008.1.2.1;q=0.4;"
      + "boundary=**,";

  /** One part of a multipart answer. */
  record Part(Map<String, String> headers, byte[] body) {
    MediaType contentType() {
      return MediaType.parse(headers.get("Content-Type"));
    }
  }

  private WadoPeer() {}

  /** GET {@code BASE + path} with the given header lines ("Name: value"), over TLS with {@code tls}. */
  public static RawHttps.Response get(SSLContext tls, String path, String... headerLines) {
    StringBuilder head = new StringBuilder("GET " + BASE + path + " HTTP/1.1\r\nHost: 127.0.0.1:"
        + SharedBox.httpsPort());
    for (String h : headerLines) {
      head.append("\r\n").append(h);
    }
    head.append("\r\nConnection: close");
    return exchange(tls, head.toString());
  }

  static RawHttps.Response exchange(SSLContext tls, String head) {
    try {
      return RawHttps.exchange(tls, SharedBox.httpsPort(), head);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The parts of a multipart/related answer of the given related type, after checking the Content-Type shape
   * and that the body opens and closes with the announced boundary.
   */
  static List<Part> parts(RawHttps.Response r, String relatedType) {
    String header = r.header("Content-Type").orElseThrow(() -> new AssertionError("no Content-Type"));
    MediaType ct = MediaType.parse(header);
    assertThat(ct.type() + "/" + ct.subtype()).as(header).isEqualTo("multipart/related");
    assertThat(ct.parameter("type")).as(header).isEqualTo(relatedType);
    String boundary = ct.boundary();
    assertThat(boundary).as("boundary of " + header).isNotBlank();
    String text = new String(r.body(), StandardCharsets.ISO_8859_1);
    assertThat(text).as("multipart body start").startsWith("--" + boundary + "\r\n");
    assertThat(text.stripTrailing()).as("multipart body end").endsWith("\r\n--" + boundary + "--");
    List<Part> parts = new ArrayList<>();
    try {
      new MultipartParser(boundary).parse(new ByteArrayInputStream(r.body()), (i, headers, body) -> {
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        parts.add(new Part(h, body.readAllBytes()));
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return parts;
  }

  /**
   * Reads an {@code application/dicom} part with the project's DICOM library and checks it: Part 10 in the transfer
   * syntax the part announces, Explicit VR LE here, of the published study, pixel data as loaded in the PACS, the
   * local patient id untouched and the qualified INS added to Other Patient IDs (R22).
   */
  static Attributes dicom(Part part, PublishedStudy study) {
    MediaType ct = part.contentType();
    assertThat(ct.type() + "/" + ct.subtype()).isEqualTo("application/dicom");
    assertThat(ct.transferSyntax()).isEqualTo(EXPLICIT_VR_LE);
    try (DicomInputStream in = new DicomInputStream(new ByteArrayInputStream(part.body()))) {
      Attributes fmi = in.readFileMetaInformation();
      assertThat(fmi.getString(Tag.TransferSyntaxUID)).isEqualTo(ct.transferSyntax());
      Attributes a = in.readDataset();
      assertThat(a.getString(Tag.StudyInstanceUID)).isEqualTo(study.studyUid());
      assertThat(fmi.getString(Tag.MediaStorageSOPInstanceUID)).isEqualTo(a.getString(Tag.SOPInstanceUID));
      assertThat(a.getBytes(Tag.PixelData)).as("pixel data of " + a.getString(Tag.SOPInstanceUID))
          .isEqualTo(study.pixelData().get(a.getString(Tag.SOPInstanceUID)));
      assertThat(a.getString(Tag.PatientID)).isEqualTo(ReportVariants.EXAM_C_IPP);
      assertThat(a.getSequence(Tag.OtherPatientIDsSequence)).as("Other Patient IDs").isNotNull()
          .anySatisfy(other -> {
            assertThat(other.getString(Tag.PatientID)).isEqualTo(ReportVariants.EXAM_C_INS);
            assertThat(other.getNestedDataset(Tag.IssuerOfPatientIDQualifiersSequence)
                .getString(Tag.UniversalEntityID)).startsWith("1.2.250.1.213.1.4.");
          });
      return a;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
