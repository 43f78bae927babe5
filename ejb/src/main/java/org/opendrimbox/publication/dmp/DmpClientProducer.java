package org.opendrimbox.publication.dmp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.concurrent.atomic.AtomicBoolean;
import org.opendrimbox.config.DrimboxSettings;
import org.opendrimbox.dmp.DmpClient;

/**
 * Produces the application's single {@link DmpClient}, built from the settings on first use (key
 * stores are loaded per organisation on its first publication). At start-up it checks the DMP
 * credentials and logs every problem at WARN; they do not stop the box. Inject with {@code @Inject
 * DmpClient dmp;} and never call it inside a JTA transaction (it does network I/O).
 */
@ApplicationScoped
public class DmpClientProducer {
  private static final Logger LOG = System.getLogger(DmpClientProducer.class.getName());

  @Inject DrimboxSettings settings;
  private final AtomicBoolean checked = new AtomicBoolean();

  /** Once per application (the event is fired for every module of the EAR). */
  void checkAtStartup(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (!checked.compareAndSet(false, true)) {
      return;
    }
    DmpClientConfigFactory.Result r = DmpClientConfigFactory.create(settings);
    r.warnings().forEach(w -> LOG.log(Level.WARNING, w));
    LOG.log(Level.INFO, "DMP client: {0}, {1} organisation(s) with credentials, sourceId {2}",
        settings.dmpUrl(), r.config().credentials().size(), r.config().sourceId());
  }

  @Produces
  @ApplicationScoped
  DmpClient dmpClient() {
    DmpClientConfigFactory.Result r = DmpClientConfigFactory.create(settings);
    return DmpClient.create(r.config());
  }
}
