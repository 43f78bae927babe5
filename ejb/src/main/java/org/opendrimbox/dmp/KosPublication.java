package org.opendrimbox.dmp;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything needed to publish one KOS manifest (R12), as plain values so this API does not depend
 * on the DICOM library: the caller extracts them from the KOS, the CDA report and the settings.
 *
 * @param kos the KOS DICOM Part 10 bytes
 * @param kosSopInstanceUid KOS SOP Instance UID (becomes the DocumentEntry uniqueId)
 * @param patient patient identity (INS, IPP, traits)
 * @param studyInstanceUid Study Instance UID (referenceIdList)
 * @param accessionNumbers accession numbers with issuer (referenceIdList)
 * @param orderNumbers placer order numbers with issuer (referenceIdList), may be empty
 * @param modalities modality event codes
 * @param regions anatomical region event codes
 * @param author the validating professional (legalAuthenticator, VIHF subject)
 * @param organisation the organisation (authorInstitution, facility/practice codes, certificates)
 * @param confidentiality DMP flags (NORMAL is always added)
 * @param creationTime KOS creation time
 * @param serviceStart exam start
 * @param serviceStop exam end
 * @param title document title
 * @param comments document comments, may be null
 * @param languageCode language (fr-FR)
 * @param contentType SubmissionSet contentTypeCode (1.2.250.1.213.2.2)
 */
public record KosPublication(
    byte[] kos,
    String kosSopInstanceUid,
    PatientIdentity patient,
    String studyInstanceUid,
    List<ReferenceId> accessionNumbers,
    List<ReferenceId> orderNumbers,
    List<CodedValue> modalities,
    List<CodedValue> regions,
    Professional author,
    Organisation organisation,
    Set<Confidentiality> confidentiality,
    Instant creationTime,
    Instant serviceStart,
    Instant serviceStop,
    String title,
    String comments,
    String languageCode,
    CodedValue contentType) {

  /** Default title, as in the ANS samples. */
  public static final String DEFAULT_TITLE = "Reference d'Objets d'un Examen d'Imagerie";

  public KosPublication {
    Objects.requireNonNull(kos, "kos");
    Objects.requireNonNull(kosSopInstanceUid, "kosSopInstanceUid");
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(studyInstanceUid, "studyInstanceUid");
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(creationTime, "creationTime");
    Objects.requireNonNull(contentType, "contentType");
    accessionNumbers = List.copyOf(accessionNumbers);
    orderNumbers = List.copyOf(orderNumbers);
    modalities = List.copyOf(modalities);
    regions = List.copyOf(regions);
    confidentiality = Set.copyOf(confidentiality);
    if (accessionNumbers.isEmpty()) {
      throw new IllegalArgumentException("at least one accession number is required (R12)");
    }
  }

  /** The actor of this publication (indirect authentication). */
  public Actor actor() {
    return Actor.publisher(author, organisation);
  }
}
