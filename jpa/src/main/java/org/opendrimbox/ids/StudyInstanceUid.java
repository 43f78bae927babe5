package org.opendrimbox.ids;

import java.util.regex.Pattern;

/**
 * A DICOM Study Instance UID (PS3.5 §9.1: digits and dots, no leading zero in a component, at most
 * 64 characters).
 *
 * @param value the UID
 */
public record StudyInstanceUid(String value) {

  private static final Pattern UID = Pattern.compile("(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))+");

  public StudyInstanceUid {
    value = value == null ? null : value.strip();
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a DICOM UID: " + value);
    }
  }

  /** Whether {@code value} is a syntactically valid DICOM UID. */
  public static boolean isValid(String value) {
    return value != null && value.length() <= 64 && UID.matcher(value).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}
