package org.opendrimbox.dmp.internal;

import org.opendrimbox.dmp.CodedValue;

/** Values used when the operation itself has no document context (ITI-57 submission sets). */
final class KosPublicationDefaults {
  /** contentTypeCode used by every ANS sample. */
  static final CodedValue CONTENT_TYPE =
      new CodedValue("04", "1.2.250.1.213.2.2", "Hospitalisation de jour");

  private KosPublicationDefaults() {}
}
