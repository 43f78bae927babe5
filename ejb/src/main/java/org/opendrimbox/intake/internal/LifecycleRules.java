package org.opendrimbox.intake.internal;

import java.util.Map;
import org.opendrimbox.intake.ErrorLocation;
import org.opendrimbox.intake.EventKind;
import org.opendrimbox.intake.IntakeError;

/**
 * Requirement R3: ORC-1, the document OBX-11 and (for MDM) the trigger event must agree; otherwise
 * the message is rejected. F/NW/T02 is a new report (or a visibility update when MODIF_CONF_CODE=Y),
 * C/RO/T10 a replacement, D/CA/T04 an unpublication. OMI^O23 is handled only with ORC-1 = CA.
 */
final class LifecycleRules {

  private static final Map<String, String> ORDER_CONTROL_BY_STATUS =
      Map.of("F", "NW", "C", "RO", "D", "CA");
  private static final Map<String, String> STATUS_BY_MDM_TRIGGER =
      Map.of("T02", "F", "T10", "C", "T04", "D");

  private LifecycleRules() {}

  /** Event kind of an OMI^O23. */
  static EventKind forOrder(String orderControl) throws IntakeException {
    requireOrderControl(orderControl);
    if (!"CA".equals(orderControl)) {
      throw new IntakeException(IntakeError.INCONSISTENT_ORDER_CONTROL, ErrorLocation.of("ORC", 1),
          "OMI^O23 is handled only with ORC-1=CA, got " + orderControl);
    }
    return EventKind.DELETE_EXAM;
  }

  /**
   * Event kind of an ORU^R01 or MDM.
   *
   * @param trigger MSH-9.2
   * @param orderControl ORC-1
   * @param resultStatus OBX-11 of the document OBX
   * @param obxSequence occurrence of the document OBX, for the error location
   * @param confidentialityChange MODIF_CONF_CODE=Y
   */
  static EventKind forReport(String messageType, String trigger, String orderControl,
      String resultStatus, int obxSequence, boolean confidentialityChange) throws IntakeException {
    requireOrderControl(orderControl);
    ErrorLocation obx11 = ErrorLocation.of("OBX", obxSequence, 11);
    if (resultStatus.isEmpty()) {
      throw new IntakeException(IntakeError.REQUIRED_FIELD_MISSING, obx11, "OBX-11");
    }
    String expectedOrc = ORDER_CONTROL_BY_STATUS.get(resultStatus);
    if (expectedOrc == null) {
      throw new IntakeException(IntakeError.INVALID_FIELD_VALUE, obx11,
          "OBX-11 must be F, C or D, got " + resultStatus);
    }
    if ("MDM".equals(messageType)) {
      String expectedStatus = STATUS_BY_MDM_TRIGGER.get(trigger);
      if (!resultStatus.equals(expectedStatus)) {
        throw new IntakeException(IntakeError.INCONSISTENT_ORDER_CONTROL, obx11,
            "MDM^" + trigger + " requires OBX-11=" + expectedStatus + ", got " + resultStatus);
      }
    }
    if (!expectedOrc.equals(orderControl)) {
      throw new IntakeException(IntakeError.INCONSISTENT_ORDER_CONTROL, ErrorLocation.of("ORC", 1),
          "OBX-11=" + resultStatus + " requires ORC-1=" + expectedOrc + ", got " + orderControl);
    }
    return switch (resultStatus) {
      case "C" -> EventKind.REPLACE;
      case "D" -> EventKind.UNPUBLISH;
      default -> confidentialityChange ? EventKind.VISIBILITY_UPDATE : EventKind.NEW;
    };
  }

  private static void requireOrderControl(String orderControl) throws IntakeException {
    if (orderControl.isEmpty()) {
      throw new IntakeException(IntakeError.REQUIRED_FIELD_MISSING, ErrorLocation.of("ORC", 1),
          "ORC-1");
    }
  }
}
