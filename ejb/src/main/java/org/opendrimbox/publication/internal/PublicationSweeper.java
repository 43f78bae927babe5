package org.opendrimbox.publication.internal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * Keeps the queue honest with the rows: at start-up, tasks left RUNNING by a crash are made due again; every
 * few seconds, tasks whose back-off is over, whose worker vanished or whose message got lost are re-queued.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class PublicationSweeper {

  private static final Logger LOG = System.getLogger(PublicationSweeper.class.getName());

  /** A queued task not taken within this time is queued again. */
  static final Duration STALE_AFTER = Duration.ofMinutes(2);

  @Inject private PublicationRepository repository;

  @PostConstruct
  void recover() {
    int released = repository.releaseRunning();
    if (released > 0) {
      LOG.log(Level.WARNING, "{0} publication task(s) interrupted by the previous stop are queued again", released);
    }
    sweep();
  }

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void sweep() {
    int n = repository.requeueDue(200, STALE_AFTER);
    if (n > 0) {
      LOG.log(Level.DEBUG, "{0} publication task(s) re-queued", n);
    }
  }
}
