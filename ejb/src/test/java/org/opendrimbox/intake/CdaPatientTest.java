package org.opendrimbox.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The patient demographics of the CDA recordTarget, read at intake from the official fixtures. */
class CdaPatientTest {

  private final Hl7IntakeParser parser = new Hl7IntakeParser();

  private CdaPatient patient(String fixture) {
    IntakeResult result = parser.parse(Fixtures.bytes(fixture));
    assertThat(result).isInstanceOf(IntakeResult.Accepted.class);
    return ((IntakeResult.Accepted) result).report().cda().orElseThrow().patient();
  }

  @Test
  void examCGivesBirthAndUsedNamesBirthDateSexAndBirthPlace() {
    CdaPatient p = patient("CR_C-ORU.hl7");
    assertThat(p.birthFamily()).isEqualTo("PAT-TROIS");
    assertThat(p.birthGiven()).isEqualTo("DOMINIQUE");
    assertThat(p.givenNames()).containsExactly("DOMINIQUE");
    assertThat(p.usedFamily()).isEqualTo("PAT-TROIS");
    assertThat(p.usedGiven()).isEqualTo("DOMINIQUE");
    assertThat(p.birthTime()).isEqualTo("19790328");
    assertThat(p.gender()).isEqualTo("F");
    assertThat(p.birthPlaceCode()).isEqualTo("51215");
  }

  @Test
  void theGuardianIsNotThePatient() {
    CdaPatient p = patient("CR_C-ORU.hl7");
    assertThat(p.givenNames()).doesNotContain("Jeanne");
    assertThat(p.birthFamily()).isNotEqualTo("NESSI");
  }

  @Test
  void theReplacementReportCarriesItsOwnBirthPlace() {
    assertThat(patient("CR_G1_MAJ-ORU.hl7").birthPlaceCode()).isEqualTo("63220");
    assertThat(patient("CR_I-ORU.hl7").birthPlaceCode()).isEqualTo("63220");
  }

  @Test
  void aCdaWithoutPatientElementHasNoDemographics() {
    String noPatient = Fixtures.withCda(Fixtures.text("CR_C-ORU.hl7"),
        xml -> xml.replaceAll("(?s)<patient classCode=\"PSN\">.*</patient>", ""));
    IntakeResult result = parser.parse(IntakeAssertions.utf8(noPatient));
    assertThat(((IntakeResult.Accepted) result).report().cda().orElseThrow().patient()).isNull();
  }
}
