package org.opendrimbox.intake;

import java.util.List;
import java.util.Optional;
import org.opendrimbox.ids.StudyInstanceUid;

/**
 * One {@code documentationOf/serviceEvent} of the CDA: the imaging exam the report documents.
 *
 * @param studyInstanceUid the Study Instance UID ({@code id/@root} without extension), if any
 * @param procedure the act code (LOINC in the data sets)
 * @param acts CCAM translations (code system 1.2.250.1.213.2.5)
 * @param modalities modality translations (qualifier 121139, DICOM code system)
 * @param regions anatomical region translations (qualifier 39111-0, SNOMED CT)
 * @param start effectiveTime/low (HL7 TS), may be null
 * @param end effectiveTime/high (HL7 TS), may be null
 * @param performerOrganisation the performing organisation (required for the DRIMbox), may be null
 */
public record ServiceEvent(
    Optional<StudyInstanceUid> studyInstanceUid,
    Code procedure,
    List<Code> acts,
    List<Code> modalities,
    List<Code> regions,
    String start,
    String end,
    Organisation performerOrganisation) {

  public ServiceEvent {
    acts = List.copyOf(acts);
    modalities = List.copyOf(modalities);
    regions = List.copyOf(regions);
  }
}
