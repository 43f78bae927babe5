package org.opendrimbox.dmp;

import java.util.List;

/**
 * The DMP (XDS.b) client. Plain Java and thread-safe; it performs network I/O, so never call it
 * inside a JTA transaction. Every failure is either a {@link DmpRejectedException} (final, show the
 * errors) or a {@link DmpUnavailableException} (retry later).
 */
public interface DmpClient {

  /** The XDS.b implementation with the system UTC clock. */
  static DmpClient create(DmpClientConfig config) {
    return new org.opendrimbox.dmp.internal.XdsDmpClient(config, java.time.Clock.systemUTC());
  }

  /** ITI-41: publishes the KOS with its IHE DSG signature document (R11, R12). */
  PublishResult publish(KosPublication publication) throws DmpException;

  /**
   * Replaces a published KOS (R15): finds the previous entry by uniqueId (ITI-18 GetDocuments) and
   * publishes the new KOS, which must have a new SOP Instance UID, with an RPLC association.
   */
  PublishResult replace(String previousUniqueId, KosPublication replacement) throws DmpException;

  /**
   * Unpublishes a KOS (digest §5.8): ITI-57 UpdateAvailabilityStatus to the DMP "Deleted" status.
   * Only the publishing organisation may do so.
   */
  PublishResult unpublish(PatientIdentity patient, String uniqueId, Actor actor)
      throws DmpException;

  /** Changes the confidentiality codes of a published KOS (ITI-57 metadata update). */
  PublishResult updateConfidentiality(PatientIdentity patient, String uniqueId,
      java.util.Set<Confidentiality> confidentiality, Actor actor) throws DmpException;

  /** ITI-18 FindDocuments / FindDocumentsByReferenceId (R33, R34). */
  List<DocumentSummary> findDocuments(DocumentQuery query, Actor actor) throws DmpException;

  /** ITI-43 Retrieve Document Set for one document. */
  RetrievedDocument retrieve(PatientIdentity patient, String repositoryUniqueId,
      String documentUniqueId, Actor actor) throws DmpException;
}
