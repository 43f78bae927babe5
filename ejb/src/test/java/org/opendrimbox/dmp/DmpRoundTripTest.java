package org.opendrimbox.dmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.dmpsim.store.StoredEntry;
import org.opendrimbox.xds.rim.ExtrinsicObject;
import org.opendrimbox.xds.rim.XdsIds;
import org.opendrimbox.xds.sign.SignatureProfile;
import org.opendrimbox.xds.testpki.Xmlsec1;

/**
 * publish → search → retrieve → replace → re-classify → unpublish against the DMP simulator over
 * mutual TLS, asserting every R12 value on what the simulator stored.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DmpRoundTripTest {
  @TempDir static Path dir;
  static DmpTestBed bed;
  static byte[] kos;
  static final String NEW_UID = DmpTestBed.KOS_UID + ".2";

  @BeforeAll
  static void start() {
    bed = new DmpTestBed(dir);
    kos = DmpTestBed.sampleKos();
  }

  @AfterAll
  static void stop() {
    bed.close();
  }

  private static StoredEntry stored(String uid) {
    return bed.simulator.registry().byUniqueId(uid).orElseThrow();
  }

  @Test
  @Order(1)
  void publishStoresEveryR12Value() throws Exception {
    PublishResult r = bed.client.publish(DmpTestBed.publication(kos, DmpTestBed.KOS_UID,
        Set.of(Confidentiality.MASQUE_PS, Confidentiality.INVISIBLE_PATIENT)));
    assertThat(r.documentUniqueId()).isEqualTo(DmpTestBed.KOS_UID);
    assertThat(r.messageId()).startsWith("urn:uuid:");
    StoredEntry e = stored(DmpTestBed.KOS_UID);
    ExtrinsicObject m = e.metadata();
    assertThat(e.status()).isEqualTo(XdsIds.APPROVED);
    assertThat(m.mimeType()).isEqualTo("application/dicom");
    assertThat(m.objectType()).isEqualTo(XdsIds.DOCUMENT_ENTRY);
    assertThat(m.name()).isEqualTo(KosPublication.DEFAULT_TITLE);
    assertThat(m.description()).isEqualTo("KOS");
    assertThat(code(m, XdsIds.DE_CLASS_CODE)).containsExactly("31^1.2.250.1.213.1.1.4.1");
    assertThat(code(m, XdsIds.DE_TYPE_CODE)).containsExactly("IMG-KOS^1.2.250.1.213.1.1.4.12");
    assertThat(code(m, XdsIds.DE_FORMAT_CODE))
        .containsExactly("1.2.840.10008.5.1.4.1.1.88.59^1.2.840.10008.2.6.1");
    assertThat(code(m, XdsIds.DE_CONFIDENTIALITY)).containsExactlyInAnyOrder(
        "N^2.16.840.1.113883.5.25", "MASQUE_PS^1.2.250.1.213.1.1.4.13",
        "INVISIBLE_PATIENT^1.2.250.1.213.1.1.4.13");
    assertThat(code(m, XdsIds.DE_EVENT_CODE)).containsExactlyInAnyOrder(
        "MR^1.2.250.1.213.1.1.5.618", "774007^1.2.250.1.213.1.1.5.695");
    assertThat(code(m, XdsIds.DE_PRACTICE_SETTING))
        .containsExactly("AMBULATOIRE^1.2.250.1.213.1.1.4.9");
    assertThat(code(m, XdsIds.DE_FACILITY_TYPE)).containsExactly("SA01^1.2.250.1.71.4.2.4");
    assertThat(m.slotValues(XdsIds.REFERENCE_ID_LIST)).containsExactly(
        "7252295367250016^^^&1.2.840.113619.6.196&ISO^urn:ihe:iti:xds:2013:accession",
        DmpTestBed.STUDY_UID + "^^^&1.2.3.4.5.6&ISO^urn:ihe:iti:xds:2016:studyInstanceUID",
        "12989855966^^^&1.2.250.1.999.3&ISO^urn:ihe:iti:xds:2013:order");
    assertThat(m.slotValue("languageCode")).contains("fr-FR");
    assertThat(m.slotValue("hash")).contains(HexFormat.of().formatHex(
        SignatureProfile.digest("SHA-1", kos)));
    assertThat(m.slotValue("size")).contains(String.valueOf(kos.length));
    assertThat(m.slotValue("creationTime")).contains("20231114144457");
    assertThat(m.slotValue("serviceStartTime")).contains("20210104082200");
    assertThat(m.slotValue("serviceStopTime")).contains("20210104150500");
    assertThat(m.slotValue("sourcePatientId"))
        .contains("162018885045327^^^&1.2.250.1.213.1.4.10&ISO^PI");
    assertThat(m.slotValues("sourcePatientInfo")).containsExactly("PID-5|PAT-SIX^Alain^^^^^L",
        "PID-7|19960124", "PID-8|M", "PID-11|^^^^^^BDL^^51215");
    assertThat(m.slotValue("legalAuthenticator"))
        .contains("899700367909^DOC0036790^KIT^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS");
    assertThat(m.slotValue("repositoryUniqueId")).isPresent();
    assertThat(m.classifications(XdsIds.DE_AUTHOR)).singleElement().satisfies(a -> {
      assertThat(a.slotValue("authorPerson"))
          .contains("899711256811^DRIMBox^ANS^^^^^^&1.2.250.1.71.4.2.1&ISO^U^^^EI");
      assertThat(a.slotValue("authorInstitution"))
          .contains("BCOM^^^^^&1.2.250.1.71.4.2.2&ISO^IDNST^^^499700367909006");
    });
    assertThat(m.externalId(XdsIds.DE_PATIENT_ID))
        .contains("162018885045327^^^&1.2.250.1.213.1.4.10&ISO^NH");
    assertThat(m.externalId(XdsIds.DE_UNIQUE_ID)).contains(DmpTestBed.KOS_UID);
    assertThat(bed.simulator.registry().content(DmpTestBed.KOS_UID).orElseThrow())
        .isEqualTo(kos);
    StoredEntry sig = stored(r.signatureUniqueId());
    assertThat(sig.metadata().mimeType()).isEqualTo("text/xml");
    assertThat(code(sig.metadata(), XdsIds.DE_FORMAT_CODE))
        .containsExactly("http://www.w3.org/2000/09/xmldsig#^URN");
    assertThat(code(sig.metadata(), XdsIds.DE_TYPE_CODE)).containsExactly("E1762^ASTM");
    assertThat(code(sig.metadata(), XdsIds.DE_CLASS_CODE))
        .containsExactly("urn:oid:1.3.6.1.4.1.19376.1.2.1.1.1^URN");
  }

  @Test
  @Order(2)
  void clientSignatureVerifiesWithXmlsec1() throws Exception {
    String sigUid = bed.simulator.registry().all().stream()
        .filter(e -> "text/xml".equals(e.metadata().mimeType())).findFirst().orElseThrow()
        .uniqueId();
    byte[] signature = bed.simulator.registry().content(sigUid).orElseThrow();
    Xmlsec1.Result r = Xmlsec1.verify(signature, bed.pki.caPem(), dir);
    assertThat(r.exitCode()).as(r.output()).isZero();
  }

  @Test
  @Order(3)
  void searchFiltersByModalityRegionClassAndAccession() throws Exception {
    PatientIdentity p = DmpTestBed.patient();
    List<DocumentSummary> mr = bed.client.findDocuments(query(p,
        List.of(CodedValue.modality("MR", null)), List.of(CodedValue.region("774007", null))),
        DmpTestBed.actor());
    assertThat(mr).singleElement().satisfies(d -> {
      assertThat(d.uniqueId()).isEqualTo(DmpTestBed.KOS_UID);
      assertThat(d.isKos()).isTrue();
      assertThat(d.repositoryUniqueId()).isNotBlank();
      assertThat(d.referenceIds()).hasSize(3);
    });
    assertThat(bed.client.findDocuments(query(p, List.of(CodedValue.modality("CT", null)),
        List.of()), DmpTestBed.actor())).isEmpty();
    DocumentQuery byAccession = new DocumentQuery(p, true, List.of(), List.of(), List.of(),
        List.of(), null, null, null, null, DocumentQuery.accessionReference(
            new ReferenceId("7252295367250016", "1.2.840.113619.6.196")));
    assertThat(bed.client.findDocuments(byAccession, DmpTestBed.actor()))
        .extracting(DocumentSummary::uniqueId).contains(DmpTestBed.KOS_UID).hasSize(2);
    DocumentQuery byClass = new DocumentQuery(p, true,
        List.of(new CodedValue("31", "1.2.250.1.213.1.1.4.1", null)), List.of(), List.of(),
        List.of(), java.time.Instant.parse("2023-01-01T00:00:00Z"), null, null, null, null);
    assertThat(bed.client.findDocuments(byClass, DmpTestBed.actor()))
        .extracting(DocumentSummary::uniqueId).containsExactly(DmpTestBed.KOS_UID);
  }

  @Test
  @Order(4)
  void retrieveReturnsTheStoredBytes() throws Exception {
    DocumentSummary d = bed.client.findDocuments(query(DmpTestBed.patient(),
        List.of(CodedValue.modality("MR", null)), List.of()), DmpTestBed.actor()).get(0);
    RetrievedDocument doc = bed.client.retrieve(DmpTestBed.patient(), d.repositoryUniqueId(),
        d.uniqueId(), DmpTestBed.actor());
    assertThat(doc.content()).isEqualTo(kos);
    assertThat(doc.mimeType()).isEqualTo("application/dicom");
  }

  @Test
  @Order(5)
  void replaceDeprecatesThePreviousEntry() throws Exception {
    byte[] newKos = kos.clone();
    newKos[newKos.length - 1] ^= 1;
    bed.client.replace(DmpTestBed.KOS_UID, DmpTestBed.publication(newKos, NEW_UID,
        Set.of(Confidentiality.INVISIBLE_PATIENT)));
    assertThat(stored(DmpTestBed.KOS_UID).status()).isEqualTo(XdsIds.DEPRECATED);
    assertThat(stored(NEW_UID).status()).isEqualTo(XdsIds.APPROVED);
    assertThat(bed.client.findDocuments(query(DmpTestBed.patient(),
        List.of(CodedValue.modality("MR", null)), List.of()), DmpTestBed.actor()))
        .extracting(DocumentSummary::uniqueId).containsExactly(NEW_UID);
  }

  @Test
  @Order(6)
  void confidentialityUpdateCreatesANewApprovedVersion() throws Exception {
    bed.client.updateConfidentiality(DmpTestBed.patient(), NEW_UID,
        Set.of(Confidentiality.MASQUE_PS), DmpTestBed.actor());
    StoredEntry e = stored(NEW_UID);
    assertThat(e.status()).isEqualTo(XdsIds.APPROVED);
    assertThat(code(e.metadata(), XdsIds.DE_CONFIDENTIALITY)).containsExactlyInAnyOrder(
        "N^2.16.840.1.113883.5.25", "MASQUE_PS^1.2.250.1.213.1.1.4.13");
    assertThat(e.metadata().slotValue("hash")).isPresent();
  }

  @Test
  @Order(7)
  void unpublishMarksTheEntryDeletedAndStopsRetrieval() throws Exception {
    bed.client.unpublish(DmpTestBed.patient(), NEW_UID, DmpTestBed.actor());
    assertThat(stored(NEW_UID).status()).isEqualTo(XdsIds.DMP_DELETED);
    assertThat(bed.client.findDocuments(query(DmpTestBed.patient(), List.of(), List.of()),
        DmpTestBed.actor())).extracting(DocumentSummary::uniqueId).doesNotContain(NEW_UID);
    assertThatThrownBy(() -> bed.client.retrieve(DmpTestBed.patient(),
        org.opendrimbox.dmpsim.SimulatorConfig.DEFAULT_REPOSITORY, NEW_UID, DmpTestBed.actor()))
        .isInstanceOfSatisfying(DmpRejectedException.class, e -> assertThat(e.errors())
            .extracting(DmpError::code).containsExactly("XDSDocumentUniqueIdError"));
  }

  static DocumentQuery query(PatientIdentity p, List<CodedValue> modalities,
      List<CodedValue> regions) {
    return new DocumentQuery(p, true, List.of(), List.of(), modalities, regions, null, null,
        null, null, null);
  }

  static List<String> code(ExtrinsicObject m, String scheme) {
    return m.codes(scheme).stream().map(c -> c.code() + "^" + c.codingScheme()).toList();
  }
}
