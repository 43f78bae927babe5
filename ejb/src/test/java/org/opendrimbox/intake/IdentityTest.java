package org.opendrimbox.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opendrimbox.intake.IntakeAssertions.accepted;
import static org.opendrimbox.intake.IntakeAssertions.rejected;
import static org.opendrimbox.intake.IntakeAssertions.utf8;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Requirement R6 (qualified INS) and R3 (PID-3 equals the CDA patient). By default a message
 * without a qualified INS is accepted with an ERR warning and is never publishable.
 */
class IdentityTest {

  private static final String INS_REP =
      "279035121518989^^^ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.10&ISO^INS^^~";
  private static final String CDA_INS =
      "<id extension=\"279035121518989\" root=\"1.2.250.1.213.1.4.10\"/>";

  private final Hl7IntakeParser parser = new Hl7IntakeParser();
  private final Hl7IntakeParser strict =
      new Hl7IntakeParser(new IntakeOptions(true, Set.of("VALI")));

  private static String oru() {
    return Fixtures.text("CR_C-ORU.hl7");
  }

  @Test
  void unqualifiedIdentityIsAcceptedWithAWarningAndNotPublishable() {
    byte[] prov = utf8(Fixtures.replace(oru(), "|N|VALI", "|N|PROV"));
    ReportMessage m = accepted(parser, prov);
    assertThat(m.patient().identityStatus()).isEqualTo("PROV");
    assertThat(m.patient().qualified()).isFalse();
    assertThat(m.patient().ins()).isPresent();
    assertThat(m.publishable()).isFalse();
    assertThat(m.warnings()).extracting(IntakeIssue::error)
        .containsExactly(IntakeError.IDENTITY_NOT_QUALIFIED);
    Hl7Text ack = IntakeAssertions.ack(parser, parser.parse(prov), StandardCharsets.UTF_8);
    assertThat(ack.field("MSA", 1)).isEqualTo("AA");
    assertThat(ack.field("ERR", 2)).isEqualTo("PID^1^32^1");
    assertThat(ack.field("ERR", 3)).startsWith("103^");
    assertThat(ack.field("ERR", 4)).isEqualTo("W");
    assertThat(ack.field("ERR", 8)).contains("PID-32=PROV").contains("ne sera pas publié");
  }

  @Test
  void emptyIdentityStatusIsNotQualified() {
    ReportMessage m = accepted(parser, utf8(Fixtures.replace(oru(), "|N|VALI", "|N|")));
    assertThat(m.patient().qualified()).isFalse();
    assertThat(m.warnings().get(0).text()).contains("PID-32=<empty>");
  }

  @Test
  void unqualifiedIdentityIsRejectedWhenTheSiteSaysSo() {
    rejected(strict, utf8(Fixtures.replace(oru(), "|N|VALI", "|N|PROV")), "AE",
        IntakeError.IDENTITY_NOT_QUALIFIED, "PID^1^32^1");
  }

  @Test
  void noInsAnywhereIsAcceptedButNeverPublished() {
    String noIns = Fixtures.withCda(Fixtures.replace(oru(), INS_REP, ""),
        xml -> xml.replace(CDA_INS, ""));
    ReportMessage m = accepted(parser, utf8(noIns));
    assertThat(m.patient().ins()).isEmpty();
    assertThat(m.patient().ipp()).isPresent();
    assertThat(m.publishable()).isFalse();
    assertThat(m.warnings()).extracting(IntakeIssue::error)
        .containsExactly(IntakeError.INS_MISSING);
    rejected(strict, utf8(noIns), "AE", IntakeError.INS_MISSING, "PID^1^3^1");
  }

  @Test
  void insMissingInPid3ButPresentInTheCdaIsAPatientMismatch() {
    rejected(parser, utf8(Fixtures.replace(oru(), INS_REP, "")), "AE",
        IntakeError.PATIENT_MISMATCH, "PID^1^3^1");
  }

  @Test
  void differentIppInTheCdaIsAPatientMismatch() {
    String other = Fixtures.withCda(oru(), xml -> xml.replace("extension=\"IPP101\"",
        "extension=\"IPP999\""));
    rejected(parser, utf8(other), "AE", IntakeError.PATIENT_MISMATCH, "PID^1^3^1");
  }

  @Test
  void insWithAWrongKeyIsRejected() {
    String wrong = oru().replaceFirst("279035121518989\\^\\^\\^ASIP", "279035121518988^^^ASIP");
    rejected(parser, utf8(wrong), "AE", IntakeError.INS_INVALID, "PID^1^3^1^1");
  }

  @Test
  void missingIppIsAWarning() {
    String noIpp = Fixtures.replace(oru(),
        "~IPP101^^^AUT-AFFECTATION&1.2.250.1.213.4.5.2.4&ISO^PI", "");
    ReportMessage m = accepted(parser, utf8(noIpp));
    assertThat(m.patient().localIds()).isEmpty();
    assertThat(m.publishable()).isFalse();
    assertThat(m.warnings()).extracting(IntakeIssue::error)
        .containsExactly(IntakeError.IPP_MISSING);
  }

  @Test
  void emptyPid3IsRejected() {
    String empty = oru().replaceFirst("PID\\|\\|\\|[^|]*\\|", "PID||||");
    rejected(parser, utf8(empty), "AE", IntakeError.REQUIRED_FIELD_MISSING, "PID^1^3^1");
  }

  @Test
  void unpublicationDoesNotNeedAQualifiedIdentity() {
    byte[] prov = utf8(Fixtures.replace(Fixtures.text("CR_I_Depublication-MDM.hl7"), "|N|VALI",
        "|N|PROV"));
    ReportMessage m = accepted(strict, prov);
    assertThat(m.eventKind()).isEqualTo(EventKind.UNPUBLISH);
    assertThat(m.warnings()).isEmpty();
  }

  @Test
  void reportNotDestinedToTheDmpIsAcceptedButNotPublishable() {
    String notDmp = Fixtures.replace(oru(), "DESTDMP^Destinataire DMP^MetaDMPMSS||Y^",
        "DESTDMP^Destinataire DMP^MetaDMPMSS||N^");
    ReportMessage m = accepted(parser, utf8(notDmp));
    assertThat(m.flags().toDmp()).isFalse();
    assertThat(m.publishable()).isFalse();
    assertThat(m.warnings()).isEmpty();
  }
}
