package org.opendrimbox.kos;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.opendrimbox.dicom.data.UidGenerator;
import org.opendrimbox.ids.StudyInstanceUid;
import org.opendrimbox.pacs.StudyInfo;

/**
 * Everything one KOS is built from: the patient, the orders, the PACS study, the report's procedure and
 * organisation, this box's WADO-RS base, and the fresh identifiers and time of the new document. Build it
 * with {@link KosInputs#fromReport} from a report, or directly in tests.
 *
 * @param patient the patient (INS, IPP, demographics)
 * @param study the PACS study (checked), whose series and instances the manifest references
 * @param requests the Referenced Request Sequence items (one per accession / order)
 * @param procedureLabel the act label for the text item ({@code Acte = ...}), may be empty
 * @param institutionName the performing organisation's name, may be empty
 * @param institutionId the performing organisation's identifier (FINESS/SIRET), may be empty
 * @param wadoRsBase this box's WADO-RS base URL, without trailing slash (RetrieveURL prefix)
 * @param retrieveLocationUid the UID identifying this box as retrieve location (RetrieveLocationUID)
 * @param sopInstanceUid the new KOS SOP Instance UID
 * @param seriesInstanceUid the new KOS Series Instance UID
 * @param created creation time of the KOS (its offset gives TimezoneOffsetFromUTC)
 */
public record KosInput(
    KosPatient patient,
    StudyInfo study,
    List<KosRequest> requests,
    String procedureLabel,
    String institutionName,
    String institutionId,
    String wadoRsBase,
    String retrieveLocationUid,
    String sopInstanceUid,
    String seriesInstanceUid,
    ZonedDateTime created) {

  public KosInput {
    Objects.requireNonNull(patient, "patient");
    Objects.requireNonNull(study, "study");
    Objects.requireNonNull(wadoRsBase, "wadoRsBase");
    Objects.requireNonNull(created, "created");
    requests = List.copyOf(requests);
    procedureLabel = procedureLabel == null ? "" : procedureLabel;
    institutionName = institutionName == null ? "" : institutionName;
    institutionId = institutionId == null ? "" : institutionId;
    wadoRsBase = wadoRsBase.endsWith("/") ? wadoRsBase.substring(0, wadoRsBase.length() - 1) : wadoRsBase;
    if (retrieveLocationUid == null || retrieveLocationUid.isEmpty()) {
      retrieveLocationUid = retrieveLocationUidOf(wadoRsBase);
    }
    for (String uid : List.of(retrieveLocationUid, sopInstanceUid, seriesInstanceUid)) {
      if (!StudyInstanceUid.isValid(uid)) {
        throw new IllegalArgumentException("not a DICOM UID: " + uid);
      }
    }
    if (study.series().isEmpty()) {
      throw new IllegalArgumentException("a KOS needs at least one referenced series");
    }
  }

  /** A stable UID for a WADO-RS base: {@code 2.25.} + the name-based UUID of the URL. */
  public static String retrieveLocationUidOf(String wadoRsBase) {
    byte[] name = ("opendrimbox:retrieve-location:" + wadoRsBase).getBytes(StandardCharsets.UTF_8);
    return UidGenerator.fromUuid(UUID.nameUUIDFromBytes(name));
  }

  /** The RetrieveURL of one series: {@code <wadoRsBase>/studies/{study}/series/{series}}. */
  public String retrieveUrl(String seriesUid) {
    return wadoRsBase + "/studies/" + study.studyInstanceUid().value() + "/series/" + seriesUid;
  }
}
