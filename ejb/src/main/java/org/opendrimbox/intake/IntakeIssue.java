package org.opendrimbox.intake;

import java.util.Objects;

/**
 * One problem found in a message: a rejection cause (severity {@link Severity#ERROR}) or a warning
 * on an accepted message. Becomes one ERR segment of the acknowledgement. The detail never carries
 * patient data.
 *
 * @param error the application error code
 * @param location where it is (ERR-2)
 * @param detail optional precision appended to the text, may be null
 * @param severity error or warning
 */
public record IntakeIssue(IntakeError error, ErrorLocation location, String detail, Severity severity) {

  public IntakeIssue {
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(severity, "severity");
    location = location == null ? ErrorLocation.NONE : location;
  }

  /** A rejection cause. */
  public static IntakeIssue error(IntakeError error, ErrorLocation location, String detail) {
    return new IntakeIssue(error, location, detail, Severity.ERROR);
  }

  /** A warning on an accepted message. */
  public static IntakeIssue warning(IntakeError error, ErrorLocation location, String detail) {
    return new IntakeIssue(error, location, detail, Severity.WARNING);
  }

  /** Readable French / English text, with the detail and location (ERR-8). */
  public String text() {
    StringBuilder sb = new StringBuilder(error.text());
    if (detail != null && !detail.isBlank()) {
      sb.append(" (").append(detail).append(')');
    }
    if (location.isKnown()) {
      sb.append(" [").append(location).append(']');
    }
    return sb.toString();
  }
}
