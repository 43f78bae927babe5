package org.opendrimbox.intake.mllp;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.opendrimbox.config.DrimboxSettings;
import org.opendrimbox.platform.health.ReadinessProbe;
import org.opendrimbox.platform.jndi.JndiNames;

/** Starts the HL7 MLLP listener on {@code DRIMBOX_HL7_PORT} when the application starts, stops it with it. */
@Singleton
@Startup
@LocalBean
@Local(ReadinessProbe.class)
@DependsOn({"SettingsProducer", "SchemaMigration"})
public class MllpListener implements ReadinessProbe {

  @Inject private DrimboxSettings settings;

  @Inject private MllpHandler handler;

  @Resource(lookup = JndiNames.IO_EXECUTOR)
  private ManagedExecutorService executor;

  private MllpServer server;

  @PostConstruct
  void start() {
    server = new MllpServer(handler, executor);
    try {
      server.start(settings.bindAddress(), settings.hl7Port());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind the HL7 listener to " + settings.bindAddress() + ":"
          + settings.hl7Port(), e);
    }
  }

  @PreDestroy
  void stop() {
    server.close();
  }

  @Override
  public boolean isRunning() {
    return server != null && server.isRunning();
  }

  @Override
  public String describe() {
    return (isRunning() ? "listening on " : "down, port ") + settings.hl7Port();
  }
}
