package org.opendrimbox.source;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.net.Association;
import org.opendrimbox.dicom.net.AssociationRequest;
import org.opendrimbox.dicom.net.Device;
import org.opendrimbox.dicom.net.Dimses;
import org.opendrimbox.dicom.net.PDVInputStream;
import org.opendrimbox.dicom.net.pdu.PresentationContext;
import org.opendrimbox.dicom.net.Priority;
import org.opendrimbox.dicom.net.RemoteAe;
import org.opendrimbox.dicom.net.service.BasicCStoreScp;
import org.opendrimbox.dicom.net.service.DicomServiceRegistry;
import org.opendrimbox.source.internal.CGetRetriever;

/**
 * Throughput and latency calibration between the box and its PACS (R25, DB.SO.102, like the ANS speedtest):
 * C-ECHO round trips on one association, then a study-level C-GET whose instances are received and discarded.
 */
public final class PacsCalibration {

  private final Device device;
  private final String callingAet;
  private final RemoteAe pacs;

  public PacsCalibration(Device device, String callingAet, RemoteAe pacs) {
    this.device = device;
    this.callingAet = callingAet;
    this.pacs = pacs;
  }

  /** Runs echoes (at least 1) C-ECHOs, then the C-GET of studyUid if not null. */
  public CalibrationReport run(int echoes, String studyUid) throws IOException {
    int n = Math.max(1, echoes);
    double min = Double.MAX_VALUE;
    double max = 0;
    double sum = 0;
    Association as = device.connect(pacs, new AssociationRequest(callingAet, pacs.aeTitle())
        .addPresentationContext(UID.Verification, UID.ImplicitVRLittleEndian), null);
    try {
      for (int i = 0; i < n; i++) {
        long t = System.nanoTime();
        Dimses.echo(as).finalResponse();
        double ms = (System.nanoTime() - t) / 1e6;
        min = Math.min(min, ms);
        max = Math.max(max, ms);
        sum += ms;
      }
      as.release();
    } catch (IOException | RuntimeException e) {
      as.abort();
      throw e;
    }
    if (studyUid == null) {
      return new CalibrationReport(pacs.toString(), n, min, sum / n, max, 0, -1, 0, 0, 0, 0);
    }
    StudyCoverage.requireUid(studyUid, "study");
    return get(studyUid, n, min, sum / n, max);
  }

  private CalibrationReport get(String studyUid, int n, double min, double avg, double max) throws IOException {
    AtomicInteger count = new AtomicInteger();
    AtomicLong bytes = new AtomicLong();
    AtomicLong first = new AtomicLong(-1);
    long t0 = System.nanoTime();
    BasicCStoreScp discard = new BasicCStoreScp(List.of("*")) {
      @Override
      protected void store(Association a, PresentationContext pc, Attributes rq, PDVInputStream data,
          Attributes rsp) throws IOException {
        bytes.addAndGet(data.copyTo(OutputStream.nullOutputStream()));
        if (count.incrementAndGet() == 1) {
          first.set(System.nanoTime());
        }
      }
    };
    Association as = device.connect(pacs, CGetRetriever.request(callingAet, pacs.aeTitle()),
        new DicomServiceRegistry().add(discard));
    long t1 = System.nanoTime();
    Attributes keys = new Attributes(2);
    keys.setString(Tag.QueryRetrieveLevel, org.opendrimbox.dicom.data.VR.CS, "STUDY");
    keys.setString(Tag.StudyInstanceUID, org.opendrimbox.dicom.data.VR.UI, studyUid);
    try {
      Dimses.get(as, UID.StudyRootQueryRetrieveInformationModelGet, Priority.MEDIUM, keys).finalResponse();
      as.release();
    } catch (IOException | RuntimeException e) {
      as.abort();
      throw e;
    }
    long t2 = System.nanoTime();
    double totalMs = (t2 - t0) / 1e6;
    double firstMs = first.get() < 0 ? -1 : (first.get() - t1) / 1e6;
    double mbps = totalMs == 0 ? 0 : bytes.get() * 8 / 1e6 / (totalMs / 1000);
    return new CalibrationReport(pacs.toString(), n, min, avg, max, (t1 - t0) / 1e6, firstMs, totalMs, count.get(),
        bytes.get(), mbps);
  }
}
