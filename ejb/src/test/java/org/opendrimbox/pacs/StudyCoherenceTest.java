package org.opendrimbox.pacs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendrimbox.ids.AccessionNumber;
import org.opendrimbox.ids.Issuer;
import org.opendrimbox.ids.PatientId;

/** The R9 rules, without a PACS: how issuers and accession numbers are compared. */
class StudyCoherenceTest {

  static final Issuer REPORT = new Issuer("AUT-AFFECTATION", "1.2.250.1.213.4.5.2.4", "ISO");
  static final PatientId IPP = new PatientId("IPP101", REPORT);

  @Test
  void issuerMatchesByOidOrByNamespaceOrByOidWrittenAsNamespace() {
    assertThat(StudyCoherence.sameAuthority(REPORT, Issuer.ofOid("1.2.250.1.213.4.5.2.4"))).isTrue();
    assertThat(StudyCoherence.sameAuthority(REPORT, new Issuer("AUT-AFFECTATION", null, null))).isTrue();
    assertThat(StudyCoherence.sameAuthority(REPORT, new Issuer("1.2.250.1.213.4.5.2.4", null, null))).isTrue();
    assertThat(StudyCoherence.sameAuthority(REPORT, new Issuer("AUT-AFFECTATION", "1.2.3", "ISO"))).isFalse();
    assertThat(StudyCoherence.sameAuthority(REPORT, new Issuer("OTHER", null, null))).isFalse();
  }

  @Test
  void patientValueMustBeEqualAndAnIssuerGivenMustMatch() {
    assertThatCode(() -> StudyCoherence.checkPatient(IPP, "IPP101", Optional.empty())).doesNotThrowAnyException();
    assertThatCode(() -> StudyCoherence.checkPatient(IPP, "IPP101 ", Optional.of(Issuer.ofOid(REPORT.universalId()))))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> StudyCoherence.checkPatient(IPP, "ipp101", Optional.empty()))
        .isInstanceOf(PacsMismatchException.class).hasMessageNotContaining("ipp101");
    assertThatThrownBy(() -> StudyCoherence.checkPatient(IPP, "IPP101",
        Optional.of(new Issuer("OTHER", null, null)))).isInstanceOf(PacsMismatchException.class);
  }

  @Test
  void accessionMustBeOneOfTheReportsWithACompatibleIssuer() {
    AccessionNumber a1 = new AccessionNumber("ACN1", Issuer.ofOid("1.2.250.1.1"));
    AccessionNumber a2 = new AccessionNumber("ACN2", Issuer.ofOid("1.2.250.1.1"));
    assertThatCode(() -> StudyCoherence.checkAccession(List.of(a1, a2), List.of(new AccessionNumber("ACN2", null))))
        .doesNotThrowAnyException();
    assertThatCode(() -> StudyCoherence.checkAccession(List.of(), List.of())).doesNotThrowAnyException();
    assertThatThrownBy(() -> StudyCoherence.checkAccession(List.of(a1),
        List.of(new AccessionNumber("ACN1", Issuer.ofOid("1.2.250.1.2")))))
        .isInstanceOfSatisfying(PacsMismatchException.class,
            e -> assertThat(e.reason()).isEqualTo(PacsMismatchException.Reason.ACCESSION_MISMATCH));
    assertThatThrownBy(() -> StudyCoherence.checkAccession(List.of(a1), List.of()))
        .isInstanceOf(PacsMismatchException.class).hasMessageContaining("no accession number");
  }
}
