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
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
import org.opendrimbox.dicom.net.service.DicomService;
import org.opendrimbox.dicom.net.service.DicomServiceRegistry;
import org.opendrimbox.platform.jndi.JndiNames;

/**
 * The box's DICOM application entity ({@code DRIMBOX_AET} on {@code DRIMBOX_DICOM_PORT}), started with the
 * application on the container's managed executor. It answers C-ECHO, and serves every {@link DicomService}
 * CDI bean of the application (e.g. the IOCM rejection-note Storage SCP) for the SOP classes it names, with
 * Implicit and Explicit VR Little Endian; other SOP classes are refused at association negotiation.
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

  @Inject private Instance<DicomService> services;

  private Device device;
  private AeListener listener;

  @PostConstruct
  void start() {
    device = new Device(settings.aet(), ConnectionSettings.defaults(), executor);
    var registry = new DicomServiceRegistry().add(new BasicCEchoScp());
    List<TransferCapability> capabilities = new ArrayList<>(
        List.of(TransferCapability.scp(UID.Verification, UID.ImplicitVRLittleEndian, UID.ExplicitVRLittleEndian)));
    for (DicomService service : services) {
      registry.add(service);
      for (String cuid : service.sopClasses()) {
        capabilities.add(TransferCapability.scp(cuid, UID.ImplicitVRLittleEndian, UID.ExplicitVRLittleEndian));
      }
    }
    var ae = new LocalAe(settings.aet(), capabilities, Set.of());
    try {
      listener = device.listen(ae, settings.bindAddress(), settings.dicomPort(), registry);
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
