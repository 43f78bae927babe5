package org.opendrimbox.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opendrimbox.ids.AccessionNumber;
import org.opendrimbox.ids.DocumentId;
import org.opendrimbox.ids.Ins;
import org.opendrimbox.ids.Issuer;
import org.opendrimbox.ids.PlacerOrderNumber;
import org.opendrimbox.ids.StudyInstanceUid;

/** Every official ANS HL7 fixture goes through the intake with the values it really carries. */
class FixtureIntakeTest {

  private final Hl7IntakeParser parser = new Hl7IntakeParser();

  private ReportMessage accepted(String fixture) {
    IntakeResult result = parser.parse(Fixtures.bytes(fixture));
    assertThat(result).as(fixture + ": " + result).isInstanceOf(IntakeResult.Accepted.class);
    assertThat(result.ackCode()).isEqualTo("AA");
    return ((IntakeResult.Accepted) result).report();
  }

  private static void assertPatient(ReportMessage m) {
    assertThat(m.patient().ins()).contains(new Ins("279035121518989", Ins.OID_NIR_TEST));
    assertThat(m.patient().ipp()).hasValueSatisfying(ipp -> {
      assertThat(ipp.value()).isEqualTo("IPP101");
      assertThat(ipp.issuer())
          .isEqualTo(new Issuer("AUT-AFFECTATION", "1.2.250.1.213.4.5.2.4", "ISO"));
    });
    assertThat(m.patient().identityStatus()).isEqualTo("VALI");
    assertThat(m.patient().qualified()).isTrue();
  }

  @Test
  void examCOruIsANewPublishableReportWithItsCdaIdentifiers() {
    ReportMessage m = accepted("CR_C-ORU.hl7");
    assertThat(m.header().typeAndTrigger()).isEqualTo("ORU^R01");
    assertThat(m.header().messageStructure()).isEqualTo("ORU_R01");
    assertThat(m.header().version()).isEqualTo("2.5");
    assertThat(m.header().controlId()).isEqualTo("{{idMessage}}");
    assertThat(m.header().sendingApplication()).isEqualTo("{{applicationSupplier}}");
    assertThat(m.header().sendingFacility()).isEqualTo("{{facilitySupplier}}");
    assertThat(m.header().characterSet()).isEqualTo("UNICODE UTF-8");
    assertThat(m.header().profile()).isEqualTo("2.1^CISIS_CDA_HL7_V2");
    assertThat(m.eventKind()).isEqualTo(EventKind.NEW);
    assertThat(m.orderControl()).isEqualTo("NW");
    assertThat(m.resultStatus()).contains("F");
    assertPatient(m);
    assertThat(m.publishable()).isTrue();
    assertThat(m.warnings()).isEmpty();

    CdaReport cda = m.cda().orElseThrow();
    assertThat(cda.id()).isEqualTo(DocumentId.of("1.2.250.1.213.4.5.4.403"));
    assertThat(m.reportId()).contains(DocumentId.of("1.2.250.1.213.4.5.4.403"));
    assertThat(cda.setId()).isEqualTo(DocumentId.of("D52DE737-001D-4031-B571-0A0ED7C42300"));
    assertThat(cda.version()).isEqualTo(1);
    assertThat(cda.type().code()).isEqualTo("18748-4");
    assertThat(cda.typeTranslations()).extracting(Code::code).containsExactly("24727-0");
    assertThat(cda.confidentiality().code()).isEqualTo("N");
    assertThat(cda.effectiveTime()).isEqualTo("20210108111700+0100");
    assertThat(cda.patientIds()).containsExactly(
        new InstanceId("1.2.250.1.213.1.4.10", "279035121518989"),
        new InstanceId("1.2.250.1.213.4.5.2.4", "IPP101"));
    assertThat(cda.author().id()).isEqualTo(new InstanceId("1.2.250.1.71.4.2.1", "801234560801"));
    assertThat(cda.author().specialty().code()).isEqualTo("G15_10/SM44");
    assertThat(cda.author().organisation().id())
        .isEqualTo(new InstanceId("1.2.250.1.71.4.2.2", "1750803447"));
    assertThat(cda.author().organisation().name()).isEqualTo("Centre de radiologie Ambroise");
    assertThat(cda.author().organisation().practiceSetting().code()).isEqualTo("AMBULATOIRE");
    assertThat(cda.legalAuthenticator().id().extension()).isEqualTo("801234560801");
    assertThat(cda.custodian().id()).isEqualTo(new InstanceId("1.2.250.1.71.4.2.2", "1750803447"));
    assertThat(cda.custodian().name()).isEqualTo("Centre de radiologie Ambroise");
    assertThat(cda.healthcareFacilityType().code()).isEqualTo("SA08");
    assertThat(cda.parentDocumentId()).isEmpty();

    assertThat(cda.serviceEvents()).hasSize(1);
    ServiceEvent event = cda.serviceEvents().get(0);
    assertThat(event.studyInstanceUid()).contains(new StudyInstanceUid("1.2.250.1.213.4.5.2.1.103"));
    assertThat(event.procedure().code()).isEqualTo("24727-0");
    assertThat(event.acts()).extracting(Code::code).containsExactly("ACQH004");
    assertThat(event.modalities()).extracting(Code::code).containsExactly("CT");
    assertThat(event.regions()).extracting(Code::code).containsExactly("774007");
    assertThat(event.start()).isEqualTo("20210108102500+0100");
    assertThat(event.end()).isEqualTo("20210108111700+0100");
    assertThat(event.performerOrganisation().id().extension()).isEqualTo("1750803447");

    assertThat(m.exam().studyInstanceUids())
        .containsExactly(new StudyInstanceUid("1.2.250.1.213.4.5.2.1.103"));
    assertThat(m.exam().accessionNumbers())
        .containsExactly(new AccessionNumber("ACN103", Issuer.ofOid("1.2.250.1.925.994044.27")));
    assertThat(m.exam().placerOrders())
        .containsExactly(new PlacerOrderNumber("OPN103", Issuer.ofOid("1.2.250.1.748.12345678.12")));
  }

  @Test
  void examCOruCarriesTheMetadataFlagsAndTheSender() {
    ReportMessage m = accepted("CR_C-ORU.hl7");
    VisibilityFlags flags = m.flags();
    assertThat(flags.flags()).extracting(MetadataFlag::code).containsExactly("MASQUE_PS",
        "INVISIBLE_PATIENT", "INVISIBLE_REP_LEGAUX", "CONNEXION_SECRETE", "MODIF_CONF_CODE",
        "DESTDMP", "DESTMSSANTEPS", "DESTMSSANTEPAT", "ACK_RECEPTION", "ACK_LECTURE_MSS");
    assertThat(flags.flags().get(0).label()).isEqualTo("Masqué aux professionnels de Santé");
    assertThat(flags.hiddenFromProfessionals()).isFalse();
    assertThat(flags.invisibleToPatient()).isTrue();
    assertThat(flags.invisibleToLegalRepresentatives()).isFalse();
    assertThat(flags.secretConnection()).isFalse();
    assertThat(flags.confidentialityChange()).isFalse();
    assertThat(flags.toDmp()).isTrue();
    assertThat(flags.confidentialityCodes()).extracting(Code::code, Code::codeSystem)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("N", "2.16.840.1.113883.5.25"),
            org.assertj.core.groups.Tuple.tuple("INVISIBLE_PATIENT", "1.2.250.1.213.1.1.4.13"));
    Sender sender = m.sender().orElseThrow();
    assertThat(sender.professional()).isEqualTo(new InstanceId("1.2.250.1.71.4.2.1", "801234564895"));
    assertThat(sender.organisationName()).isEqualTo("Centre de radiologie Ambroise");
    assertThat(sender.organisationIdType()).isEqualTo("FINEG");
    assertThat(sender.organisation()).isEqualTo(new InstanceId("1.2.250.1.71.4.2.2", "750803447"));
  }

  @Test
  void examCMdmIsTheSameNewReportThroughMdmT02() {
    ReportMessage m = accepted("CR_C-MDM.hl7");
    assertThat(m.header().typeAndTrigger()).isEqualTo("MDM^T02");
    assertThat(m.header().version()).isEqualTo("2.6");
    assertThat(m.eventKind()).isEqualTo(EventKind.NEW);
    assertThat(m.documentId()).contains(DocumentId.of("1.2.250.1.213.4.5.4.403"));
    assertThat(m.replacedDocumentId()).isEmpty();
    assertPatient(m);
    assertThat(m.flags().invisibleToPatient()).isTrue();
    assertThat(m.exam().studyInstanceUids())
        .containsExactly(new StudyInstanceUid("1.2.250.1.213.4.5.2.1.103"));
    assertThat(m.exam().accessionNumbers()).extracting(AccessionNumber::value)
        .containsExactly("ACN103");
    assertThat(m.sender()).isPresent();
    assertThat(m.publishable()).isTrue();
  }

  @Test
  void examEIsANuclearMedicineExam() {
    ReportMessage m = accepted("CR_E-ORU.hl7");
    assertThat(m.eventKind()).isEqualTo(EventKind.NEW);
    CdaReport cda = m.cda().orElseThrow();
    assertThat(cda.id()).isEqualTo(DocumentId.of("1.2.250.1.213.4.5.4.405"));
    ServiceEvent event = cda.serviceEvents().get(0);
    assertThat(event.modalities()).extracting(Code::code).containsExactly("NM");
    assertThat(event.acts()).extracting(Code::code).containsExactly("KCQL003");
    assertThat(event.procedure().displayName()).isEqualTo("MN glande thyroïde ; incidences avec I-131 IV");
    assertThat(m.exam().studyInstanceUids())
        .containsExactly(new StudyInstanceUid("1.2.250.1.213.4.5.2.1.105"));
    assertThat(m.exam().accessionNumbers()).extracting(AccessionNumber::value)
        .containsExactly("ACN105");
    assertThat(m.exam().placerOrders()).extracting(PlacerOrderNumber::value)
        .containsExactly("OPN105");
  }

  @Test
  void examG1IsANewAngiographyReport() {
    ReportMessage m = accepted("CR_G1-ORU.hl7");
    assertThat(m.eventKind()).isEqualTo(EventKind.NEW);
    assertThat(m.cda().orElseThrow().id()).isEqualTo(DocumentId.of("1.2.250.1.213.4.5.4.407"));
    assertThat(m.cda().orElseThrow().serviceEvents().get(0).modalities())
        .extracting(Code::code).containsExactly("XA");
    assertThat(m.cda().orElseThrow().serviceEvents().get(0).regions())
        .extracting(Code::code).containsExactly("113257007");
    assertThat(m.exam().studyInstanceUids())
        .containsExactly(new StudyInstanceUid("1.2.250.1.213.4.5.2.1.108"));
    assertThat(m.flags().invisibleToPatient()).isTrue();
  }

  @Test
  void examG1MajIsAVisibilityUpdateOfTheSameDocument() {
    ReportMessage m = accepted("CR_G1_MAJ-ORU.hl7");
    assertThat(m.eventKind()).isEqualTo(EventKind.VISIBILITY_UPDATE);
    assertThat(m.publishesKos()).isTrue();
    assertThat(m.flags().confidentialityChange()).isTrue();
    assertThat(m.flags().invisibleToPatient()).isFalse();
    assertThat(m.flags().confidentialityCodes()).extracting(Code::code).containsExactly("N");
    CdaReport cda = m.cda().orElseThrow();
    assertThat(cda.id()).isEqualTo(DocumentId.of("1.2.250.1.213.4.5.4.407"));
    assertThat(cda.version()).isEqualTo(1);
    // the published CDA is double-UTF-8-encoded: kept as is, not "repaired"
    assertThat(cda.type().displayName()).isEqualTo("CR d'imagerie mÃ©dicale");
    assertThat(m.exam().accessionNumbers())
        .containsExactly(new AccessionNumber("ACN108", Issuer.ofOid("1.2.250.1.213.4.5.2.5")));
    assertThat(m.exam().placerOrders())
        .containsExactly(new PlacerOrderNumber("OPN108", Issuer.ofOid("1.2.250.1.213.4.5.2.6")));
    assertThat(cda.author().organisation().id().extension()).isEqualTo("101235555");
    assertThat(m.sender().orElseThrow().organisation().extension()).isEqualTo("300017985");
  }

  @Test
  void examIOruIsANewReportHiddenFromLegalRepresentatives() {
    ReportMessage m = accepted("CR_I-ORU.hl7");
    assertThat(m.eventKind()).isEqualTo(EventKind.NEW);
    assertThat(m.flags().invisibleToLegalRepresentatives()).isTrue();
    assertThat(m.flags().confidentialityCodes()).extracting(Code::code)
        .containsExactly("N", "INVISIBLE_PATIENT", "INVISIBLE_REPRESENTANTS_LEGAUX");
    assertThat(m.cda().orElseThrow().id()).isEqualTo(DocumentId.of("1.2.250.1.213.4.5.4.410"));
    assertThat(m.exam().studyInstanceUids())
        .containsExactly(new StudyInstanceUid("1.2.250.1.213.4.5.2.1.110"));
  }

  @Test
  void examIDepublicationIsAnUnpublicationOfDocument410() {
    ReportMessage m = accepted("CR_I_Depublication-MDM.hl7");
    assertThat(m.header().typeAndTrigger()).isEqualTo("MDM^T04");
    assertThat(m.eventKind()).isEqualTo(EventKind.UNPUBLISH);
    assertThat(m.orderControl()).isEqualTo("CA");
    assertThat(m.resultStatus()).contains("D");
    assertThat(m.withdrawsKos()).isTrue();
    assertThat(m.publishable()).isFalse();
    assertThat(m.documentId()).contains(DocumentId.of("1.2.250.1.213.4.5.4.410"));
    assertThat(m.exam().studyInstanceUids())
        .containsExactly(new StudyInstanceUid("1.2.250.1.213.4.5.2.1.110"));
    assertThat(m.exam().accessionNumbers())
        .containsExactly(new AccessionNumber("ACN110", Issuer.ofOid("1.2.250.1.925.994044.27")));
  }

  @Test
  void examWIsAnExamDeletionIdentifiedByTheIpcSegment() {
    ReportMessage m = accepted("CR_W_Suppression-OMI.hl7");
    assertThat(m.header().typeAndTrigger()).isEqualTo("OMI^O23");
    assertThat(m.header().version()).isEqualTo("2.5.1");
    assertThat(m.header().controlId()).isEqualTo("001");
    assertThat(m.eventKind()).isEqualTo(EventKind.DELETE_EXAM);
    assertThat(m.orderControl()).isEqualTo("CA");
    assertThat(m.cda()).isEmpty();
    assertThat(m.resultStatus()).isEmpty();
    assertPatient(m);
    assertThat(m.exam().studyInstanceUids())
        .containsExactly(new StudyInstanceUid("1.2.250.1.213.4.5.2.1.124"));
    assertThat(m.exam().accessionNumbers()).containsExactly(new AccessionNumber("ACN124", null));
    assertThat(m.withdrawsKos()).isTrue();
  }

  @Test
  void aReportCoveringTwoExamsListsBothStudiesOnce() {
    String twoExams = Fixtures.withCda(Fixtures.text("CR_C-ORU.hl7"), xml -> xml
        .replace("<documentationOf>", "<documentationOf><serviceEvent><id root=\"1.2.250.1.213.4.5.2.1.104\"/>"
            + "</serviceEvent></documentationOf><documentationOf><serviceEvent>"
            + "<id root=\"1.2.250.1.213.4.5.2.1.103\"/></serviceEvent></documentationOf><documentationOf>")
        .replace("<inFulfillmentOf>", "<inFulfillmentOf><order><id root=\"1.2.250.1.748.12345678.12\" "
            + "extension=\"OPN104\"/><ps3-20:accessionNumber root=\"1.2.250.1.925.994044.27\" "
            + "extension=\"ACN104\"/></order></inFulfillmentOf><inFulfillmentOf>"));
    ReportMessage m = IntakeAssertions.accepted(parser, IntakeAssertions.utf8(twoExams));
    assertThat(m.cda().orElseThrow().serviceEvents()).hasSize(3);
    assertThat(m.exam().studyInstanceUids()).containsExactly(
        new StudyInstanceUid("1.2.250.1.213.4.5.2.1.104"),
        new StudyInstanceUid("1.2.250.1.213.4.5.2.1.103"));
    assertThat(m.exam().accessionNumbers()).extracting(AccessionNumber::value)
        .containsExactly("ACN104", "ACN103");
    assertThat(m.exam().placerOrders()).extracting(PlacerOrderNumber::value)
        .containsExactly("OPN104", "OPN103");
  }

  @Test
  void everyFixtureIsAcknowledgedAaWithItsControlIdAndVersion() {
    String[][] cases = {
      {"CR_C-ORU.hl7", "R01", "2.5", "{{idMessage}}"},
      {"CR_C-MDM.hl7", "T02", "2.6", "{{idMessage}}"},
      {"CR_E-ORU.hl7", "R01", "2.5", "{{idMessage}}"},
      {"CR_G1-ORU.hl7", "R01", "2.5", "{{idMessage}}"},
      {"CR_G1_MAJ-ORU.hl7", "R01", "2.5", "{{idMessage}}"},
      {"CR_I-ORU.hl7", "R01", "2.5", "{{idMessage}}"},
      {"CR_I_Depublication-MDM.hl7", "T04", "2.6", "{{idMessage}}"},
      {"CR_W_Suppression-OMI.hl7", "O23", "2.5.1", "001"},
    };
    for (String[] c : cases) {
      IntakeResult result = parser.parse(Fixtures.bytes(c[0]));
      Hl7Text ack = new Hl7Text(new String(parser.ack(result), StandardCharsets.UTF_8));
      assertThat(ack.segmentNames()).as(c[0]).containsExactly("MSH", "MSA");
      assertThat(ack.field("MSH", 3)).isEqualTo("{{applicationReceiver}}");
      assertThat(ack.field("MSH", 4)).isEqualTo("{{facilityReceiver}}");
      assertThat(ack.field("MSH", 5)).isEqualTo("{{applicationSupplier}}");
      assertThat(ack.field("MSH", 6)).isEqualTo("{{facilitySupplier}}");
      assertThat(ack.field("MSH", 9)).isEqualTo("ACK^" + c[1] + "^ACK");
      assertThat(ack.field("MSH", 10)).matches("[0-9]{16}");
      assertThat(ack.field("MSH", 11)).isEqualTo("P");
      assertThat(ack.field("MSH", 12)).isEqualTo(c[2]);
      assertThat(ack.field("MSA", 1)).isEqualTo("AA");
      assertThat(ack.field("MSA", 2)).isEqualTo(c[3]);
    }
  }
}
