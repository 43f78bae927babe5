package org.opendrimbox.intake.internal;

import ca.uhn.hl7v2.model.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opendrimbox.intake.ErrorLocation;
import org.opendrimbox.intake.InstanceId;
import org.opendrimbox.intake.IntakeError;
import org.opendrimbox.intake.MetadataFlag;
import org.opendrimbox.intake.Sender;
import org.opendrimbox.intake.VisibilityFlags;

/**
 * Reads the OBX and PRT segments of a report message: the document OBX (value type ED carrying the
 * CDA), the metadata OBX (OBX-3.3 = MetaDMPMSS, OBX-5 = Y/N) and the PRT "Send by" participation.
 */
final class ObservationMapper {

  static final String METADATA_SYSTEM = "MetaDMPMSS";

  /** The document OBX: its 1-based occurrence, OBX-11, and the ED components of OBX-5. */
  record DocumentObx(int sequence, String resultStatus, String encoding, String data) {
    ErrorLocation dataLocation() {
      return new ErrorLocation("OBX", sequence, 5, 1, 5);
    }
  }

  private ObservationMapper() {}

  /**
   * The first OBX of value type ED.
   *
   * @param edData ED-5 values taken out before parsing, by OBX occurrence
   */
  static Optional<DocumentObx> document(Segments segments, Map<Integer, String> edData) {
    List<Segment> obx = segments.all("OBX");
    for (int i = 0; i < obx.size(); i++) {
      Segment s = obx.get(i);
      if ("ED".equalsIgnoreCase(Segments.get(s, 2, 1))) {
        String data = edData.getOrDefault(i + 1, Segments.get(s, 5, 0, 5, 1));
        return Optional.of(new DocumentObx(i + 1, Segments.get(s, 11, 1),
            Segments.get(s, 5, 4), data.strip()));
      }
    }
    return Optional.empty();
  }

  static VisibilityFlags flags(Segments segments) throws IntakeException {
    List<MetadataFlag> flags = new ArrayList<>();
    List<Segment> obx = segments.all("OBX");
    for (int i = 0; i < obx.size(); i++) {
      Segment s = obx.get(i);
      if (!METADATA_SYSTEM.equals(Segments.get(s, 3, 3))) {
        continue;
      }
      String value = Segments.get(s, 5, 1);
      if (!"Y".equals(value) && !"N".equals(value)) {
        throw new IntakeException(IntakeError.INVALID_FIELD_VALUE,
            new ErrorLocation("OBX", i + 1, 5, 1, 1), "metadata flag must be Y or N");
      }
      flags.add(new MetadataFlag(Segments.get(s, 3, 1), Segments.get(s, 3, 2), "Y".equals(value)));
    }
    return new VisibilityFlags(flags);
  }

  static Optional<Sender> sender(Segments segments) {
    for (Segment prt : segments.all("PRT")) {
      if ("SB".equals(Segments.get(prt, 4, 1))) {
        return Optional.of(new Sender(
            new InstanceId(Segments.get(prt, 5, 0, 9, 2), Segments.get(prt, 5, 1)),
            Segments.get(prt, 8, 1),
            Segments.get(prt, 8, 7),
            new InstanceId(Segments.get(prt, 8, 0, 6, 2), Segments.get(prt, 8, 10))));
      }
    }
    return Optional.empty();
  }
}
