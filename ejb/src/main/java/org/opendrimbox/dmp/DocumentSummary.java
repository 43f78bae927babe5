package org.opendrimbox.dmp;

import java.util.List;

/**
 * One DocumentEntry found by ITI-18.
 *
 * @param entryUuid registry entryUUID
 * @param uniqueId document uniqueId (KOS SOP Instance UID for KOS)
 * @param repositoryUniqueId repository to use with ITI-43
 * @param patientId XDS patient id
 * @param status registry status URN
 * @param mimeType MIME type (application/dicom for KOS)
 * @param title title
 * @param creationTime creationTime (DTM)
 * @param serviceStartTime serviceStartTime (DTM), may be null
 * @param classCode classCode
 * @param typeCode typeCode
 * @param formatCode formatCode
 * @param eventCodes eventCodeList
 * @param confidentiality confidentiality codes
 * @param referenceIds referenceIdList values
 */
public record DocumentSummary(
    String entryUuid,
    String uniqueId,
    String repositoryUniqueId,
    String patientId,
    String status,
    String mimeType,
    String title,
    String creationTime,
    String serviceStartTime,
    CodedValue classCode,
    CodedValue typeCode,
    CodedValue formatCode,
    List<CodedValue> eventCodes,
    List<CodedValue> confidentiality,
    List<String> referenceIds) {

  public DocumentSummary {
    eventCodes = List.copyOf(eventCodes);
    confidentiality = List.copyOf(confidentiality);
    referenceIds = List.copyOf(referenceIds);
  }

  /** True for a KOS manifest. */
  public boolean isKos() {
    return "application/dicom".equals(mimeType);
  }
}
