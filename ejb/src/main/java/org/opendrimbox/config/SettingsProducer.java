package org.opendrimbox.config;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Produces;
import java.util.logging.Logger;

/**
 * Loads and validates the settings when the application starts: an invalid value fails the deployment with a
 * message that lists every problem, instead of surfacing later as a protocol error.
 */
@Singleton
@Startup
public class SettingsProducer {

  private static final Logger LOG = Logger.getLogger(SettingsProducer.class.getName());

  private DrimboxSettings settings;

  @PostConstruct
  void load() {
    settings = SettingsLoader.fromEnvironment();
    LOG.info(() -> "Settings: base URL " + settings.baseUrl() + ", AE " + settings.aet() + ", DICOM port "
        + settings.dicomPort() + ", HL7 port " + settings.hl7Port() + ", PACS " + settings.pacs() + ", DMP "
        + settings.dmpUrl() + ", data " + settings.dataDir());
  }

  @Produces
  public DrimboxSettings settings() {
    return settings;
  }
}
