package org.opendrimbox.iocm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Set;
import org.opendrimbox.config.DrimboxSettings;
import org.opendrimbox.dicom.net.service.DicomService;

/**
 * Offers the rejection-note Storage SCP to the box's DICOM listener (which registers every {@link DicomService}
 * bean). Notes are accepted from the PACS ({@code DRIMBOX_PACS} AE title) only.
 */
@ApplicationScoped
public class IocmBeans {

  @Inject private DrimboxSettings settings;
  @Inject private RejectionService rejections;

  @Produces
  public DicomService iocmStoreScp() {
    return new IocmStoreScp(Set.of(settings.pacs().aet()), rejections::receive);
  }
}
