package org.opendrimbox.source;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.opendrimbox.config.DrimboxSettings;
import org.opendrimbox.dicom.net.Device;
import org.opendrimbox.dicom.net.RemoteAe;
import org.opendrimbox.pacs.DicomListener;
import org.opendrimbox.platform.jndi.JndiNames;
import org.opendrimbox.source.internal.CGetRetriever;

/**
 * Wires the source services for injection: the {@link StudyCache} (C-GET from {@code DRIMBOX_PACS} over the box's
 * DICOM device, retrievals on the container's I/O executor, eviction every hour on the scheduler), the {@link
 * StudyCoverage} check, and the PACS tools {@link PacsQido} and {@link PacsCalibration}.
 */
@ApplicationScoped
public class SourceBeans {

  @Inject private DrimboxSettings settings;
  @Inject private DicomListener listener;
  @Inject private PublishedStudies published;

  @Resource(lookup = JndiNames.IO_EXECUTOR)
  private ManagedExecutorService executor;

  @Resource(lookup = JndiNames.SCHEDULER)
  private ManagedScheduledExecutorService scheduler;

  private ScheduledFuture<?> evictions;

  @Produces
  @Singleton
  StudyCache studyCache() {
    CGetRetriever retriever = new CGetRetriever(device(), settings.aet(), pacs());
    StudyCache cache = new StudyCache(settings.cache(), retriever, executor, Clock.systemUTC());
    evictions = scheduler.scheduleWithFixedDelay(cache::evict, 1, 60, TimeUnit.MINUTES);
    return cache;
  }

  @Produces
  StudyCoverage coverage() {
    return new StudyCoverage(published);
  }

  @Produces
  PacsQido qido() {
    return new PacsQido(device(), settings.aet(), pacs());
  }

  @Produces
  PacsCalibration calibration() {
    return new PacsCalibration(device(), settings.aet(), pacs());
  }

  private Device device() {
    return listener.device();
  }

  private RemoteAe pacs() {
    return new RemoteAe(settings.pacs().aet(), settings.pacs().host(), settings.pacs().port());
  }

  @PreDestroy
  void stop() {
    if (evictions != null) {
      evictions.cancel(false);
    }
  }
}
