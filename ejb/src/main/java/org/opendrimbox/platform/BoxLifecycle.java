package org.opendrimbox.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.opendrimbox.config.DrimboxSettings;
import org.opendrimbox.jpa.entity.BoxEvent;

/** Records when this box starts and stops; supervision derives the box's own downtime from these events. */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "SettingsProducer"})
public class BoxLifecycle {

  @PersistenceContext(unitName = "drimbox")
  private EntityManager em;

  @Inject private DrimboxSettings settings;

  private final Clock clock = Clock.systemUTC();

  @PostConstruct
  void started() {
    record(BoxEvent.Type.STARTED, "version " + BoxVersion.current());
  }

  @PreDestroy
  void stopping() {
    record(BoxEvent.Type.STOPPED, "orderly shutdown");
  }

  /** The most recent events, newest first. */
  public List<BoxEventView> recentEvents(int max) {
    return em.createNamedQuery(BoxEvent.FIND_RECENT, BoxEvent.class).setMaxResults(max).getResultList().stream()
        .map(e -> new BoxEventView(e.getType().name(), e.getOccurredAt(), e.getNode(), e.getDetail()))
        .toList();
  }

  private void record(BoxEvent.Type type, String detail) {
    em.persist(new BoxEvent(type, clock.instant(), settings.nodeName(), detail));
  }
}
