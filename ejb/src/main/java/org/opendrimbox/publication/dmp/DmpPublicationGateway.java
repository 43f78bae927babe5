package org.opendrimbox.publication.dmp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.opendrimbox.dmp.DmpClient;
import org.opendrimbox.dmp.DmpException;
import org.opendrimbox.dmp.DmpRejectedException;
import org.opendrimbox.dmp.KosPublication;
import org.opendrimbox.intake.ReportMessage;
import org.opendrimbox.publication.BuiltKos;
import org.opendrimbox.publication.DmpGateway;
import org.opendrimbox.publication.StepException;
import org.opendrimbox.publication.StepException.Kind;

/**
 * The publication queue's way to the DMP: maps the report and its KOS to XDS metadata and calls the {@link
 * DmpClient}. A rejection is final, except "already registered", which means an earlier attempt whose answer
 * was lost succeeded; transport failures are retryable.
 */
@ApplicationScoped
public class DmpPublicationGateway implements DmpGateway {

  @Inject private DmpClient dmp;

  private final KosPublicationMapper mapper = new KosPublicationMapper();

  @Override
  public void publish(ReportMessage report, BuiltKos kos, String replacedKosUid) throws StepException {
    KosPublication publication = map(report, kos);
    try {
      if (replacedKosUid == null) {
        dmp.publish(publication);
      } else {
        dmp.replace(replacedKosUid, publication);
      }
    } catch (DmpRejectedException e) {
      if (!e.isAlreadyPublished()) {
        throw new StepException(e.isRetryable() ? Kind.UNAVAILABLE : Kind.REJECTED, "DMP: " + e.getMessage(), e);
      }
    } catch (DmpException e) {
      throw new StepException(Kind.UNAVAILABLE, "DMP unavailable: " + e.getMessage(), e);
    }
  }

  @Override
  public void withdraw(ReportMessage publishingReport, BuiltKos kos) throws StepException {
    KosPublication publication = map(publishingReport, kos);
    try {
      dmp.unpublish(publication.patient(), kos.sopInstanceUid(), publication.actor());
    } catch (DmpRejectedException e) {
      throw new StepException(e.isRetryable() ? Kind.UNAVAILABLE : Kind.REJECTED, "DMP: " + e.getMessage(), e);
    } catch (DmpException e) {
      throw new StepException(Kind.UNAVAILABLE, "DMP unavailable: " + e.getMessage(), e);
    }
  }

  private KosPublication map(ReportMessage report, BuiltKos kos) throws StepException {
    try {
      return mapper.map(report, kos.bytes(), kos.sopInstanceUid(), kos.studyInstanceUid(), kos.modalities(),
          Instant.now());
    } catch (UnpublishableReportException e) {
      throw new StepException(Kind.REJECTED, "not publishable: " + e.getMessage(), e);
    }
  }
}
