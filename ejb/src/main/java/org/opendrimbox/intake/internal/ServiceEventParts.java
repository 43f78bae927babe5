package org.opendrimbox.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendrimbox.ids.StudyInstanceUid;
import org.opendrimbox.intake.Code;
import org.opendrimbox.intake.ErrorLocation;
import org.opendrimbox.intake.InstanceId;
import org.opendrimbox.intake.IntakeError;
import org.opendrimbox.intake.ServiceEvent;

/**
 * One {@code documentationOf/serviceEvent} being read. Translations of the act code are sorted by
 * their qualifier (121139 modality, 39111-0 anatomical region) or code system (CCAM).
 */
final class ServiceEventParts {

  static final String CCAM = "1.2.250.1.213.2.5";
  static final String DICOM = "1.2.840.10008.2.16.4";
  static final String SNOMED_CT = "2.16.840.1.113883.6.96";
  static final String MODALITY_QUALIFIER = "121139";
  static final String REGION_QUALIFIER = "39111-0";

  final List<InstanceId> ids = new ArrayList<>();
  Code procedure;
  Code translation;
  String qualifier;
  String start;
  String end;
  final CdaReportBuilder.OrgParts performer = new CdaReportBuilder.OrgParts();
  private final List<Code> acts = new ArrayList<>();
  private final List<Code> modalities = new ArrayList<>();
  private final List<Code> regions = new ArrayList<>();

  void closeTranslation() {
    if (translation != null) {
      if (MODALITY_QUALIFIER.equals(qualifier)
          || (qualifier == null && translation.inSystem(DICOM))) {
        modalities.add(translation);
      } else if (REGION_QUALIFIER.equals(qualifier)
          || (qualifier == null && translation.inSystem(SNOMED_CT))) {
        regions.add(translation);
      } else if (translation.inSystem(CCAM)) {
        acts.add(translation);
      }
    }
    translation = null;
    qualifier = null;
  }

  /** The Study Instance UID is the id with a root and no extension; it must be a DICOM UID. */
  ServiceEvent build(ErrorLocation where) throws IntakeException {
    StudyInstanceUid uid = null;
    for (InstanceId id : ids) {
      if (id.root() != null && id.extension() == null && uid == null) {
        if (!StudyInstanceUid.isValid(id.root())) {
          throw new IntakeException(IntakeError.INVALID_EXAM_IDENTIFIER, where,
              "serviceEvent/id is not a DICOM UID");
        }
        uid = new StudyInstanceUid(id.root());
      }
    }
    return new ServiceEvent(Optional.ofNullable(uid), procedure, acts, modalities, regions, start,
        end, performer.build());
  }
}
