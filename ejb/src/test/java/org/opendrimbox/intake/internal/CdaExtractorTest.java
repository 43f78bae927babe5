package org.opendrimbox.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.opendrimbox.ids.StudyInstanceUid;
import org.opendrimbox.intake.CdaReport;
import org.opendrimbox.intake.Code;
import org.opendrimbox.intake.ErrorLocation;
import org.opendrimbox.intake.IntakeError;

/** CDA header extraction on synthetic documents (several exams, several authors, hostile XML). */
class CdaExtractorTest {

  private static final ErrorLocation AT = new ErrorLocation("OBX", 1, 5, 1, 5);
  private final CdaExtractor extractor = new CdaExtractor();

  private static String b64(String xml) {
    return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
  }

  private static String event(String uid, String modality, String region) {
    return "<documentationOf><serviceEvent><id root=\"" + uid + "\"/><id root=\"1.2.3\" extension=\"X\"/>"
        + "<code code=\"P\" codeSystem=\"2.16.840.1.113883.6.1\">"
        + "<translation code=\"" + modality + "\" codeSystem=\"1.2.840.10008.2.16.4\">"
        + "<qualifier><name code=\"121139\"/></qualifier></translation>"
        + "<translation code=\"" + region + "\" codeSystem=\"2.16.840.1.113883.6.96\">"
        + "<qualifier><name code=\"39111-0\"/></qualifier></translation>"
        + "<translation code=\"ZZQK002\" codeSystem=\"1.2.250.1.213.2.5\"/>"
        + "<translation code=\"other\" codeSystem=\"9.9\"/></code>"
        + "</serviceEvent></documentationOf>";
  }

  private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      + "<ClinicalDocument xmlns=\"urn:hl7-org:v3\" xmlns:d=\"urn:dicom-org:ps3-20\">"
      + "<id root=\"1.2.3.4\" extension=\"DOC-1\"/>"
      + "<recordTarget><patientRole><id root=\"1.2.250.1.213.1.4.8\" extension=\"274075176079430\"/>"
      + "</patientRole></recordTarget>"
      + "<author><assignedAuthor><id root=\"1.2.250.1.71.4.2.1\" extension=\"A1\"/>"
      + "<representedOrganization><name>First</name></representedOrganization></assignedAuthor></author>"
      + "<author><assignedAuthor><id root=\"1.2.250.1.71.4.2.1\" extension=\"A2\"/>"
      + "<representedOrganization><name>Second</name></representedOrganization></assignedAuthor></author>"
      + "<inFulfillmentOf><order><id root=\"1.2.9\" extension=\"OPN1\"/>"
      + "<d:accessionNumber root=\"1.2.8\" extension=\"ACN1\"/></order></inFulfillmentOf>"
      + "<inFulfillmentOf><order><id root=\"1.2.9\" extension=\"OPN2\"/>"
      + "<d:accessionNumber root=\"1.2.8\" extension=\"ACN2\"/></order></inFulfillmentOf>";

  @Test
  void readsSeveralExamsAndKeepsTheFirstAuthor() throws Exception {
    String xml = HEADER + event("1.2.840.1.1", "MR", "51185008") + event("1.2.840.1.2", "CT", "774007")
        + "<component><nonXMLBody><text>AAAA</text></nonXMLBody></component></ClinicalDocument>";
    CdaReport cda = extractor.extract("Base64", b64(xml), AT);
    assertThat(cda.id().extension()).isEqualTo("DOC-1");
    assertThat(cda.author().id().extension()).isEqualTo("A1");
    assertThat(cda.author().organisation().name()).isEqualTo("First");
    assertThat(cda.accessionNumbers()).extracting(a -> a.value()).containsExactly("ACN1", "ACN2");
    assertThat(cda.placerOrders()).extracting(o -> o.value()).containsExactly("OPN1", "OPN2");
    assertThat(cda.serviceEvents()).hasSize(2);
    assertThat(cda.serviceEvents().get(0).studyInstanceUid())
        .contains(new StudyInstanceUid("1.2.840.1.1"));
    assertThat(cda.serviceEvents().get(1).modalities()).extracting(Code::code).containsExactly("CT");
    assertThat(cda.serviceEvents().get(0).regions()).extracting(Code::code)
        .containsExactly("51185008");
    assertThat(cda.serviceEvents().get(0).acts()).extracting(Code::code).containsExactly("ZZQK002");
  }

  @Test
  void refusesDoctypesSoNoExternalEntityIsResolved() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + "<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><id root=\"1.2\"/><title>&e;</title>"
        + "</ClinicalDocument>";
    assertThatThrownBy(() -> extractor.extract("Base64", b64(xxe), AT))
        .isInstanceOfSatisfying(IntakeException.class,
            e -> assertThat(e.issue().error()).isEqualTo(IntakeError.CDA_UNDECODABLE));
  }

  @Test
  void rejectsAClinicalDocumentOutsideTheHl7Namespace() {
    assertThatThrownBy(() -> extractor.extract("Base64",
        b64("<ClinicalDocument><id root=\"1.2\"/></ClinicalDocument>"), AT))
        .isInstanceOfSatisfying(IntakeException.class,
            e -> assertThat(e.issue().error()).isEqualTo(IntakeError.CDA_INVALID));
  }

  @Test
  void rejectsTruncatedXmlEvenInTheBody() {
    String xml = HEADER + event("1.2.840.1.1", "MR", "1")
        + "<component><nonXMLBody><text>AAAA";
    assertThatThrownBy(() -> extractor.extract("Base64", b64(xml), AT))
        .isInstanceOfSatisfying(IntakeException.class,
            e -> assertThat(e.issue().error()).isEqualTo(IntakeError.CDA_UNDECODABLE));
  }
}
