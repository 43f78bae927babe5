package org.opendrimbox.publication;

import org.opendrimbox.intake.ReportMessage;

/** Sends to the DMP (network I/O: never call inside a transaction). Must be idempotent for the same KOS. */
public interface DmpGateway {

  /**
   * Publishes {@code kos}, replacing {@code replacedKosUid} when not null. A KOS the DMP already holds (an
   * earlier attempt whose answer was lost) counts as published.
   */
  void publish(ReportMessage report, BuiltKos kos, String replacedKosUid) throws StepException;

  /**
   * Withdraws {@code kos} from the DMP, as the organisation that published it: {@code publishingReport} is
   * the report that published it (a deletion message may carry no CDA and no author).
   */
  void withdraw(ReportMessage publishingReport, BuiltKos kos) throws StepException;
}
