package org.opendrimbox.intake;

import java.util.List;
import java.util.Optional;
import org.opendrimbox.ids.AccessionNumber;
import org.opendrimbox.ids.DocumentId;
import org.opendrimbox.ids.PlacerOrderNumber;

/**
 * What the box needs from the CDA R2 report embedded in OBX-5 (drimm-digest §2.5). The exam
 * identifiers come from here, not from the templated HL7 segments.
 *
 * @param id ClinicalDocument/id
 * @param setId setId, may be null
 * @param version versionNumber, may be null
 * @param type document type code (18748-4) with its first translation as display, may be null
 * @param typeTranslations translations of the document type (e.g. 24727-0)
 * @param confidentiality confidentialityCode, may be null
 * @param effectiveTime document effectiveTime (HL7 TS), may be null
 * @param patientIds recordTarget/patientRole/id values (INS and IPP)
 * @param author first author, may be null
 * @param legalAuthenticator legal authenticator, may be null
 * @param custodian custodian organisation, may be null
 * @param placerOrders inFulfillmentOf/order/id values
 * @param accessionNumbers inFulfillmentOf/order/ps3-20:accessionNumber values with their issuer
 * @param serviceEvents documentationOf/serviceEvent entries
 * @param parentDocumentId relatedDocument/parentDocument/id (replacement), if any
 * @param healthcareFacilityType encompassingEncounter/location/healthCareFacility/code, may be null
 * @param patient recordTarget/patientRole/patient demographics, null when the CDA has none
 */
public record CdaReport(
    DocumentId id,
    DocumentId setId,
    Integer version,
    Code type,
    List<Code> typeTranslations,
    Code confidentiality,
    String effectiveTime,
    List<InstanceId> patientIds,
    Author author,
    Author legalAuthenticator,
    Organisation custodian,
    List<PlacerOrderNumber> placerOrders,
    List<AccessionNumber> accessionNumbers,
    List<ServiceEvent> serviceEvents,
    Optional<DocumentId> parentDocumentId,
    Code healthcareFacilityType,
    CdaPatient patient) {

  public CdaReport {
    typeTranslations = List.copyOf(typeTranslations);
    patientIds = List.copyOf(patientIds);
    placerOrders = List.copyOf(placerOrders);
    accessionNumbers = List.copyOf(accessionNumbers);
    serviceEvents = List.copyOf(serviceEvents);
  }
}
