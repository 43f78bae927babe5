package org.opendrimbox.publication;

import java.util.function.Supplier;
import org.opendrimbox.intake.ReportMessage;

/** Finds a report's study in the PACS and builds its KOS (network I/O: never call inside a transaction). */
public interface KosSource {

  /**
   * @param rawMessage the message as received (its PID segment stands in for the patient traits the CDA lacks),
   *     read only once the study is found
   * @param studyInstanceUid the study named by the report, or null when only {@code accessionNumber} is known
   * @param accessionNumber an accession number of the report, may be null when the study is known
   */
  BuiltKos build(ReportMessage report, Supplier<byte[]> rawMessage, String studyInstanceUid, String accessionNumber)
      throws StepException;
}
