package org.opendrimbox.dmp;

import java.util.Objects;

/** A coded value (code, coding-scheme OID or URN, display name). */
public record CodedValue(String code, String codingScheme, String displayName) {
  public CodedValue {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(codingScheme, "codingScheme");
  }

  /** DICOM modality in the CI-SIS value set used by DMP queries (1.2.250.1.213.1.1.5.618). */
  public static CodedValue modality(String code, String displayName) {
    return new CodedValue(code, "1.2.250.1.213.1.1.5.618", displayName);
  }

  /** Anatomical region in the CI-SIS value set used by DMP queries (1.2.250.1.213.1.1.5.695). */
  public static CodedValue region(String code, String displayName) {
    return new CodedValue(code, "1.2.250.1.213.1.1.5.695", displayName);
  }
}
