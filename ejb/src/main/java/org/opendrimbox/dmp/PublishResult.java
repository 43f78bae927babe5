package org.opendrimbox.dmp;

/**
 * A successful ITI-41 (or ITI-57) submission.
 *
 * @param documentUniqueId the KOS uniqueId (its SOP Instance UID)
 * @param submissionSetUniqueId the submission set uniqueId
 * @param signatureUniqueId the uniqueId of the IHE DSG signature document (null for ITI-57)
 * @param messageId the WS-Addressing MessageID sent (for the audit trail)
 */
public record PublishResult(String documentUniqueId, String submissionSetUniqueId,
    String signatureUniqueId, String messageId) {}
