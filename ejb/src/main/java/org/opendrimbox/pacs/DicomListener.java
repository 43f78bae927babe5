package org.opendrimbox.pacs;

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
import java.util.List;
import java.util.Set;
import org.opendrimbox.config.DrimboxSettings;
import org.opendrimbox.platform.health.ReadinessProbe;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.net.AeListener;
import org.opendrimbox.dicom.net.ConnectionSettings;
import org.opendrimbox.dicom.net.Device;
import org.opendrimbox.dicom.net.LocalAe;
import org.opendrimbox.dicom.net.TransferCapability;
import org.opendrimbox.dicom.net.service.BasicCEchoScp;
import org.opendrimbox.dicom.net.service.DicomServiceRegistry;
import org.opendrimbox.platform.jndi.JndiNames;

/**
 * The box's DICOM application entity ({@code DRIMBOX_AET} on {@code DRIMBOX_DICOM_PORT}), started with the
 * application on the container's managed executor. It answers C-ECHO; the source features register their
 * services (C-STORE of retrieved images and IOCM notes) on {@link #device()}.
 */
@Singleton
@Startup
@LocalBean
@Local(ReadinessProbe.class)
@DependsOn("SettingsProducer")
public class DicomListener implements ReadinessProbe {

  @Inject private DrimboxSettings settings;

  @Resource(lookup = JndiNames.IO_EXECUTOR)
  private ManagedExecutorService executor;

  private Device device;
  private AeListener listener;

  @PostConstruct
  void start() {
    device = new Device(settings.aet(), ConnectionSettings.defaults(), executor);
    var services = new DicomServiceRegistry().add(new BasicCEchoScp());
    var ae = new LocalAe(settings.aet(),
        List.of(TransferCapability.scp(UID.Verification, UID.ImplicitVRLittleEndian, UID.ExplicitVRLittleEndian)),
        Set.of());
    try {
      listener = device.listen(ae, settings.bindAddress(), settings.dicomPort(), services);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind the DICOM listener to " + settings.bindAddress() + ":"
          + settings.dicomPort(), e);
    }
  }

  @PreDestroy
  void stop() {
    if (listener != null) {
      listener.close();
    }
    device.close();
  }

  @Override
  public boolean isRunning() {
    return listener != null && listener.isListening();
  }

  public Device device() {
    return device;
  }

  @Override
  public String describe() {
    return (isRunning() ? "listening on " : "down, port ") + settings.dicomPort();
  }
}
