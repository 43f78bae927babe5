package org.opendrimbox.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.opendrimbox.publication.KosPublished;

/** Starts caching a study as soon as its KOS is in the DMP, so that the first peer request is served warm. */
@ApplicationScoped
public class PrefetchOnPublication {

  private static final Logger LOG = System.getLogger(PrefetchOnPublication.class.getName());

  @Inject private StudyCache cache;

  void onPublished(@Observes KosPublished published) {
    cache.prefetch(published.studyInstanceUid()).whenComplete((instances, failure) -> {
      if (failure != null) {
        LOG.log(Level.WARNING, "prefetch of study {0} after publication failed: {1}", published.studyInstanceUid(),
            failure.toString());
      } else {
        LOG.log(Level.DEBUG, "study {0} cached after publication ({1} instances)", published.studyInstanceUid(),
            instances);
      }
    });
  }
}
