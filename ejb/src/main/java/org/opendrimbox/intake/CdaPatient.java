package org.opendrimbox.intake;

import java.util.List;

/**
 * The patient's traits from the CDA header {@code recordTarget/patientRole/patient} (CI-SIS name
 * qualifiers: {@code BR} birth, {@code CL} used; an unqualified {@code given} is the list of first
 * names). Values are as written in the CDA, stripped; absent ones are null.
 *
 * @param birthFamily birth name ({@code family} qualified BR, else the first unqualified one)
 * @param birthGiven first given name at birth ({@code given} qualified BR), may be null
 * @param givenNames the unqualified {@code given} values (the first-name list), may be empty
 * @param usedFamily used name ({@code family} qualified CL), may be null
 * @param usedGiven used first name ({@code given} qualified CL), may be null
 * @param birthTime {@code birthTime/@value} (HL7 TS), may be null
 * @param gender {@code administrativeGenderCode/@code} (M, F, U), may be null
 * @param birthPlaceCode INSEE code of the birth place ({@code birthplace/place/addr/county}), may be null
 */
public record CdaPatient(
    String birthFamily,
    String birthGiven,
    List<String> givenNames,
    String usedFamily,
    String usedGiven,
    String birthTime,
    String gender,
    String birthPlaceCode) {

  public CdaPatient {
    givenNames = List.copyOf(givenNames);
  }

  /** The first given name: the birth one, else the first of the list, else null. */
  public String firstGiven() {
    return birthGiven != null ? birthGiven : givenNames.isEmpty() ? null : givenNames.get(0);
  }
}
