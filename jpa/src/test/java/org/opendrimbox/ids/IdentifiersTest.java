package org.opendrimbox.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdentifiersTest {

  private static final Issuer IPP_ISSUER =
      new Issuer("AUT-AFFECTATION", "1.2.250.1.213.4.5.2.4", "ISO");

  @Test
  void issuerNeedsNamespaceOrOidAndChecksIsoOids() {
    assertThatThrownBy(() -> new Issuer(" ", null, "ISO"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Issuer(null, "not.an.oid", "ISO"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Issuer.ofOid("1.2.250.1.213.4.5.2.4").sameAuthorityAs(IPP_ISSUER)).isTrue();
    assertThat(new Issuer("A", null, null).sameAuthorityAs(new Issuer("A", null, null))).isTrue();
    assertThat(new Issuer("A", null, null).sameAuthorityAs(new Issuer("B", null, null))).isFalse();
  }

  @Test
  void patientIdComparesValueAndAuthority() {
    PatientId hl7 = new PatientId("IPP101", IPP_ISSUER);
    PatientId cda = new PatientId("IPP101", Issuer.ofOid("1.2.250.1.213.4.5.2.4"));
    assertThat(hl7.sameAs(cda)).isTrue();
    assertThat(hl7.sameAs(new PatientId("IPP102", IPP_ISSUER))).isFalse();
    assertThatThrownBy(() -> new PatientId("", IPP_ISSUER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void studyInstanceUidFollowsDicomSyntax() {
    assertThat(new StudyInstanceUid("1.2.250.1.213.4.5.2.1.103").value())
        .isEqualTo("1.2.250.1.213.4.5.2.1.103");
    assertThat(StudyInstanceUid.isValid("1.2.03")).isFalse();
    assertThat(StudyInstanceUid.isValid("D52DE737-001D-4031-B571-0A0ED7C42300")).isFalse();
    assertThat(StudyInstanceUid.isValid("1." + "2".repeat(64))).isFalse();
  }

  @Test
  void accessionNumberIsShortStringWithOptionalIssuer() {
    AccessionNumber cda = new AccessionNumber("ACN103", Issuer.ofOid("1.2.250.1.925.994044.27"));
    AccessionNumber ipc = new AccessionNumber("ACN103", null);
    assertThat(cda.matches(ipc)).isTrue();
    assertThat(cda.matches(new AccessionNumber("ACN103", Issuer.ofOid("1.2.3")))).isFalse();
    assertThat(ipc.optionalIssuer()).isEmpty();
    assertThatThrownBy(() -> new AccessionNumber("12345678901234567", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void documentIdHasTheTxaForm() {
    assertThat(DocumentId.of("1.2.250.1.213.4.5.4.403").toEi()).isEqualTo("1.2.250.1.213.4.5.4.403");
    assertThat(new DocumentId("1.2.3", "42").toEi()).isEqualTo("42^^1.2.3^ISO");
    assertThat(new PlacerOrderNumber("OPN103", Issuer.ofOid("1.2.250.1.748.12345678.12")).value())
        .isEqualTo("OPN103");
  }
}
