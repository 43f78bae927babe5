package org.opendrimbox.dmp;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The patient as the DMP knows it: qualified INS (the DMP identifier) plus the local IPP and the
 * INS identity traits used for {@code sourcePatientInfo}.
 *
 * @param ins INS (NIR) value
 * @param insOid INS assigning authority OID (1.2.250.1.213.1.4.8 production, .10 test)
 * @param ipp local patient id, may be null
 * @param ippIssuerOid issuer of the IPP, may be null
 * @param familyName birth family name
 * @param givenName first given name
 * @param birthDate birth date
 * @param sex administrative sex (M, F, U)
 * @param birthPlaceCode INSEE code of the birth place, may be null
 */
public record PatientIdentity(
    String ins,
    String insOid,
    String ipp,
    String ippIssuerOid,
    String familyName,
    String givenName,
    LocalDate birthDate,
    String sex,
    String birthPlaceCode) {

  /** Test INS-NIR assigning authority used by the ANS test data. */
  public static final String TEST_INS_OID = "1.2.250.1.213.1.4.10";

  public PatientIdentity {
    Objects.requireNonNull(ins, "ins");
    Objects.requireNonNull(insOid, "insOid");
  }

  /** The XDS patient id {@code INS^^^&oid&ISO^NH}. */
  public String xdsPatientId() {
    return ins + "^^^&" + insOid + "&ISO^NH";
  }
}
