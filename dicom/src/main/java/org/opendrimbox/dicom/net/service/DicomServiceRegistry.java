package org.opendrimbox.dicom.net.service;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.dicom.net.Association;
import org.opendrimbox.dicom.net.Commands;
import org.opendrimbox.dicom.net.Dimse;
import org.opendrimbox.dicom.net.PDVInputStream;
import org.opendrimbox.dicom.net.Status;
import org.opendrimbox.dicom.net.pdu.PresentationContext;

/**
 * Routes incoming DIMSE requests to the service registered for their SOP class (exact match first, then {@code "*"})
 * and maps failures to DIMSE statuses: {@link DicomServiceException} to its status, any other runtime error to
 * Processing Failure (0110H), an unserved SOP class to No Such SOP Class (0118H).
 */
public final class DicomServiceRegistry {
  private static final System.Logger LOG = System.getLogger(DicomServiceRegistry.class.getName());
  private final Map<String, DicomService> services = new ConcurrentHashMap<>();

  public DicomServiceRegistry add(DicomService service) {
    for (String cuid : service.sopClasses()) {
      services.put(cuid, service);
    }
    return this;
  }

  public DicomService lookup(String sopClassUid) {
    DicomService s = sopClassUid == null ? null : services.get(sopClassUid);
    return s != null ? s : services.get("*");
  }

  public void onDimseRQ(Association as, PresentationContext pc, Dimse dimse, Attributes cmd, PDVInputStream data)
      throws IOException {
    String cuid = cmd.getString(Tag.AffectedSOPClassUID, pc.abstractSyntax());
    DicomService service = lookup(cuid);
    try {
      if (service == null) {
        throw new DicomServiceException(Status.NoSuchSOPclass, "SOP class not served: " + cuid);
      }
      service.onDimseRQ(as, pc, dimse, cmd, data);
    } catch (DicomServiceException e) {
      LOG.log(System.Logger.Level.INFO, "{0}: {1} failed: {2}", as, dimse, e.getMessage());
      as.writeDimseRSP(pc, failure(cmd, e), null);
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, as + ": " + dimse + " failed", e);
      as.writeDimseRSP(pc, failure(cmd, new DicomServiceException(Status.ProcessingFailure, e.getClass()
          .getSimpleName())), null);
    }
  }

  /** The failure response for a request. */
  public static Attributes failure(Attributes rq, DicomServiceException e) {
    Attributes rsp = Commands.mkRSP(rq, e.status());
    if (e.errorComment() != null) {
      rsp.setString(Tag.ErrorComment, VR.LO, e.errorComment());
    }
    return rsp;
  }
}
