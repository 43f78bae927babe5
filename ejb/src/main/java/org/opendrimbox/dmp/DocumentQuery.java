package org.opendrimbox.dmp;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * ITI-18 FindDocuments criteria for one patient. Modalities are ORed, regions are ORed, and the two
 * lists are ANDed (R34 filters). An accession number or a study UID switches to
 * FindDocumentsByReferenceId.
 *
 * @param patient the patient (INS)
 * @param approvedOnly true for Approved entries only, false for Approved and Deprecated
 * @param classCodes classCode filter (empty: any)
 * @param typeCodes typeCode filter (empty: any)
 * @param modalities modality event codes (empty: any)
 * @param regions region event codes (empty: any)
 * @param creationFrom creationTime lower bound, may be null
 * @param creationTo creationTime upper bound (exclusive), may be null
 * @param serviceStartFrom serviceStartTime lower bound, may be null
 * @param serviceStartTo serviceStartTime upper bound (exclusive), may be null
 * @param referenceId accession or study reference in referenceIdList form, may be null
 */
public record DocumentQuery(
    PatientIdentity patient,
    boolean approvedOnly,
    List<CodedValue> classCodes,
    List<CodedValue> typeCodes,
    List<CodedValue> modalities,
    List<CodedValue> regions,
    Instant creationFrom,
    Instant creationTo,
    Instant serviceStartFrom,
    Instant serviceStartTo,
    String referenceId) {

  public DocumentQuery {
    Objects.requireNonNull(patient, "patient");
    classCodes = List.copyOf(classCodes);
    typeCodes = List.copyOf(typeCodes);
    modalities = List.copyOf(modalities);
    regions = List.copyOf(regions);
  }

  /** All approved documents of a patient. */
  public static DocumentQuery approved(PatientIdentity patient) {
    return new DocumentQuery(patient, true, List.of(), List.of(), List.of(), List.of(), null,
        null, null, null, null);
  }

  /** The referenceIdList form of an accession number. */
  public static String accessionReference(ReferenceId accession) {
    return accession.value() + "^^^&" + accession.issuerOid()
        + "&ISO^urn:ihe:iti:xds:2013:accession";
  }
}
