package org.opendrimbox.source.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.dicom.io.DicomInputStream;
import org.opendrimbox.dicom.net.Association;
import org.opendrimbox.dicom.net.AssociationRequest;
import org.opendrimbox.dicom.net.Device;
import org.opendrimbox.dicom.net.DimseRSP;
import org.opendrimbox.dicom.net.Dimses;
import org.opendrimbox.dicom.net.Priority;
import org.opendrimbox.dicom.net.RemoteAe;
import org.opendrimbox.dicom.net.Status;
import org.opendrimbox.dicom.net.StorageSopClasses;
import org.opendrimbox.dicom.net.service.AppendingStoreScp;
import org.opendrimbox.dicom.net.service.DicomServiceRegistry;
import org.opendrimbox.source.CachedInstance;
import org.opendrimbox.source.StudyRetriever;
import org.opendrimbox.source.StudyRetriever.Plan;

/**
 * Retrieves a study from the PACS: a series-level C-FIND lists the series, then C-GETs in the order the {@link
 * StudyRetriever.Plan} gives (series that readers wait for first); if the PACS lists no series (or refuses C-FIND), one
 * study-level C-GET. The PACS sends each instance back on the same association (no listener needed); each is appended
 * to the study's one file ({@value #PACK}) as it arrives, then announced. Offers the uncompressed syntaxes and the compressed ones of the DRIM-M test
 * set for every common storage SOP class, so that compressed studies can stay compressed when the PACS agrees.
 *
 * <p>One association, one series-level C-GET per series. Splitting a retrieval over several associations
 * (image-level C-GETs of chunks of a series) was measured on Orthanc and was not faster: Orthanc looks each UID up
 * on its own (docs/interfaces/dicomweb.md).
 */
public final class CGetRetriever implements StudyRetriever {

  /** The file of a retrieval's instances, in the study's directory. */
  static final String PACK = "instances.pack";

  private static final System.Logger LOG = System.getLogger(CGetRetriever.class.getName());

  /** Transfer syntaxes offered for the returned instances, preferred first. */
  static final String[] STORAGE_TS = {UID.ExplicitVRLittleEndian, UID.ImplicitVRLittleEndian, UID.JPEGLSLossless,
      UID.JPEGLosslessSV1, UID.JPEG2000Lossless, UID.JPEG2000, UID.JPEGBaseline8Bit, UID.JPEGExtended12Bit,
      UID.JPEGLSNearLossless, UID.RLELossless, UID.MPEG2MPML, UID.MPEG2MPHL, UID.MPEG4HP41, UID.MPEG4HP41BD};

  private final Device device;
  private final String callingAet;
  private final RemoteAe pacs;

  public CGetRetriever(Device device, String callingAet, RemoteAe pacs) {
    this.device = device;
    this.callingAet = callingAet;
    this.pacs = pacs;
  }

  /** The A-ASSOCIATE-RQ of a study C-GET: the GET and FIND models plus SCP role for every common storage class. */
  public static AssociationRequest request(String callingAet, String calledAet) {
    AssociationRequest req = new AssociationRequest(callingAet, calledAet)
        .addPresentationContext(UID.StudyRootQueryRetrieveInformationModelGet, UID.ExplicitVRLittleEndian,
            UID.ImplicitVRLittleEndian)
        .addPresentationContext(UID.StudyRootQueryRetrieveInformationModelFind, UID.ExplicitVRLittleEndian,
            UID.ImplicitVRLittleEndian);
    for (String storage : StorageSopClasses.COMMON) {
      req.addPresentationContextIfAbsent(storage, STORAGE_TS).addRoleSelection(storage, false, true);
    }
    return req;
  }

  @Override
  public void retrieve(String studyUid, Path dir, Plan plan) throws IOException {
    try (CacheScp scp = new CacheScp(dir.resolve(PACK), plan)) {
      Association as = connect(scp);
      try {
        retrieve(as, scp, studyUid, plan);
      } catch (IOException | RuntimeException e) {
        as.abort();
        throw e;
      }
      as.release();
    }
  }

  /** The series-level C-GETs in the plan's order, or one study-level C-GET if the PACS lists no series. */
  private void retrieve(Association as, CacheScp scp, String studyUid, Plan plan) throws IOException {
    List<String> series = series(as, studyUid);
    if (series.isEmpty()) {
      get(as, keys("STUDY", studyUid, null));
      return;
    }
    plan.series(series);
    String next;
    while ((next = plan.nextSeries()) != null) {
      scp.series = next;
      get(as, keys("SERIES", studyUid, next));
      plan.seriesDone(next);
    }
  }

  /** A new association to the PACS whose C-STOREs go to scp. */
  private Association connect(CacheScp scp) throws IOException {
    return device.connect(pacs, request(callingAet, pacs.aeTitle()), new DicomServiceRegistry().add(scp));
  }

  /** The series of the study (series-level C-FIND on the same association); empty if C-FIND is not offered. */
  private List<String> series(Association as, String studyUid) throws IOException {
    List<Attributes> out = new ArrayList<>();
    find(as, keys("SERIES", studyUid, ""), Tag.SeriesInstanceUID, out);
    return out.stream().map(a -> a.getString(Tag.SeriesInstanceUID)).toList();
  }

  /** Collects the pending C-FIND matches that carry {@code required}; nothing if C-FIND is not offered. */
  private static void find(Association as, Attributes keys, int required, List<Attributes> out) throws IOException {
    if (as.acceptedTransferSyntaxes(UID.StudyRootQueryRetrieveInformationModelFind).isEmpty()) {
      return;
    }
    DimseRSP rsp = Dimses.find(as, UID.StudyRootQueryRetrieveInformationModelFind, Priority.HIGH, keys);
    while (rsp.next()) {
      Attributes match = rsp.getDataset();
      if (Status.isPending(rsp.status()) && match != null && match.getString(required) != null) {
        out.add(match);
      }
    }
  }

  void get(Association as, Attributes keys) throws IOException {
    Attributes rsp = Dimses.get(as, UID.StudyRootQueryRetrieveInformationModelGet, Priority.MEDIUM, keys)
        .finalResponse();
    int status = rsp.getInt(Tag.Status, -1);
    int completed = rsp.getInt(Tag.NumberOfCompletedSuboperations, 0);
    int failed = rsp.getInt(Tag.NumberOfFailedSuboperations, 0);
    if (status == Status.Success || status == Status.OneOrMoreFailures && completed > 0) {
      if (failed > 0) {
        LOG.log(Level.WARNING, "C-GET from {0}: {1} sub-operations failed", pacs, failed);
      }
      return;
    }
    if (completed == 0 && failed == 0) {
      LOG.log(Level.INFO, "C-GET from {0}: nothing matched (status {1})", pacs, Integer.toHexString(status));
      return;
    }
    throw new IOException("C-GET from " + pacs + " failed with status " + Integer.toHexString(status) + " ("
        + rsp.getString(Tag.ErrorComment, "") + ")");
  }

  /** Keys of a study-root query or retrieve at level; seriesUid null: not sent, "": asked for. */
  static Attributes keys(String level, String studyUid, String seriesUid) {
    Attributes keys = new Attributes(3);
    keys.setString(Tag.QueryRetrieveLevel, VR.CS, level);
    keys.setString(Tag.StudyInstanceUID, VR.UI, studyUid);
    if (seriesUid != null) {
      keys.setString(Tag.SeriesInstanceUID, VR.UI, seriesUid);
    }
    return keys;
  }

  /**
   * Appends each instance to the retrieval's file and tells the plan once it is written (the C-STORE is answered
   * before: {@link AppendingStoreScp}). During a series-level or image-level C-GET the identifiers come from the
   * request (no second read); during a study-level one the instance's header tells the series.
   */
  static final class CacheScp extends AppendingStoreScp {
    private final Path file;
    private final Plan plan;
    /** The series being retrieved, null during a study-level C-GET (set by the retrieving thread between C-GETs). */
    volatile String series;

    CacheScp(Path file, Plan plan) throws IOException {
      super(file, List.of("*"));
      this.file = file;
      this.plan = plan;
    }

    @Override
    protected void stored(Attributes rq, String transferSyntax, long offset, long length) throws IOException {
      String s = series;
      plan.stored(s != null ? new CachedInstance(s, rq.getString(Tag.AffectedSOPInstanceUID),
          rq.getString(Tag.AffectedSOPClassUID), transferSyntax, length, file, offset)
          : describe(new CachedInstance("", "", "", transferSyntax, length, file, offset)));
    }
  }

  /** The identifiers of a cached instance read from its File Meta Information and header (up to the series UID). */
  private static CachedInstance describe(CachedInstance stored) throws IOException {
    try (InputStream in = stored.open(); DicomInputStream dis = new DicomInputStream(in)) {
      Attributes fmi = dis.readFileMetaInformation();
      Attributes ds = dis.readDataset(Tag.StudyID);
      String ts = fmi != null ? fmi.getString(Tag.TransferSyntaxUID) : dis.getTransferSyntax();
      String cuid = fmi != null ? fmi.getString(Tag.MediaStorageSOPClassUID) : ds.getString(Tag.SOPClassUID);
      String iuid = fmi != null ? fmi.getString(Tag.MediaStorageSOPInstanceUID) : ds.getString(Tag.SOPInstanceUID);
      return new CachedInstance(ds.getString(Tag.SeriesInstanceUID, ""), iuid, cuid, ts, stored.size(), stored.file(),
          stored.offset());
    }
  }
}
