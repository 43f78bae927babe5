package org.opendrimbox.pacs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.opendrimbox.config.AeAddress;
import org.opendrimbox.config.DrimboxSettings;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.net.Device;
import org.opendrimbox.dicom.net.RemoteAe;
import org.opendrimbox.ids.AccessionNumber;
import org.opendrimbox.ids.StudyInstanceUid;
import org.opendrimbox.intake.ReportMessage;

/**
 * Looks a report's exam up in the PACS ({@code DRIMBOX_PACS}) before a KOS is built (R7, R9): Study Root
 * C-FIND at STUDY, SERIES and IMAGE level with the box's AE title as calling AET, then the IPP and
 * accession coherence checks. Not transactional (network I/O); one association per study query, released
 * at the end. Image-level answers are reduced to {@link InstanceRef}s as they arrive.
 *
 * <p>Failures: {@link StudyNotFoundException} (not yet archived, retryable), {@link
 * PacsUnavailableException} (retryable), {@link PacsMismatchException} (final).
 */
@ApplicationScoped
public class PacsQueryService {

  private static final Logger LOG = System.getLogger(PacsQueryService.class.getName());

  private Supplier<Device> device;
  private String callingAet;
  private Supplier<RemoteAe> pacs;

  /** For CDI proxies only. */
  protected PacsQueryService() {}

  /** The container bean: the DICOM listener's device and the configured PACS. */
  @Inject
  public PacsQueryService(DrimboxSettings settings, DicomListener listener) {
    this.device = listener::device;
    this.callingAet = settings.aet();
    this.pacs = () -> remote(settings.pacs());
  }

  /** A service on a given device (tests, command line). */
  public PacsQueryService(Device device, String callingAet, AeAddress pacs) {
    Objects.requireNonNull(device, "device");
    RemoteAe remote = remote(pacs);
    this.device = () -> device;
    this.callingAet = Objects.requireNonNull(callingAet, "callingAet");
    this.pacs = () -> remote;
  }

  /**
   * Every study a report names, checked (R7: one per distinct Study Instance UID; by accession number when
   * the report gives no study UID).
   */
  public List<StudyInfo> findStudies(ReportMessage report) throws PacsException {
    List<StudyInfo> all = new ArrayList<>();
    for (StudyQuery q : StudyQuery.forReport(report)) {
      all.addAll(findStudies(q));
    }
    return List.copyOf(all);
  }

  /** The single study of {@code query}; an accession-only query matching several studies is a mismatch. */
  public StudyInfo findStudy(StudyQuery query) throws PacsException {
    List<StudyInfo> found = findStudies(query);
    if (found.size() > 1) {
      throw new PacsMismatchException(PacsMismatchException.Reason.AMBIGUOUS_STUDY,
          found.size() + " PACS studies match the " + query.describe());
    }
    return found.get(0);
  }

  /** Every study matching {@code query} (one for a study UID query), each checked and with its instances. */
  public List<StudyInfo> findStudies(StudyQuery query) throws PacsException {
    RemoteAe remote = pacs.get();
    long start = System.nanoTime();
    try (FindScu scu = FindScu.open(device.get(), callingAet, remote)) {
      List<StudyInfo> studies = new ArrayList<>();
      for (StudyInfo header : findStudyHeaders(scu, query)) {
        StudyCoherence.check(query, header);
        studies.add(withSeries(scu, header));
      }
      int instances = studies.stream().mapToInt(StudyInfo::instanceCount).sum();
      LOG.log(Level.INFO, "PACS lookup on {0}: {1} study(ies), {2} instance(s) in {3} ms", remote,
          studies.size(), instances, (System.nanoTime() - start) / 1_000_000);
      return List.copyOf(studies);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "PACS lookup on {0} failed: {1}", remote, e.getMessage());
      throw new PacsUnavailableException("PACS " + remote + " unavailable: " + e.getMessage(), e);
    } catch (PacsException e) {
      LOG.log(Level.WARNING, "PACS lookup on {0} for {1}: {2}", remote, query.describe(), e.getMessage());
      throw e;
    }
  }

  private List<StudyInfo> findStudyHeaders(FindScu scu, StudyQuery query)
      throws IOException, StudyNotFoundException {
    String uid = query.studyInstanceUid().map(StudyInstanceUid::value).orElse(null);
    Map<String, StudyInfo> byUid = new LinkedHashMap<>();
    if (uid != null) {
      scu.find(QueryKeys.study(uid, null), a -> keep(byUid, a, uid));
    } else {
      for (AccessionNumber acc : query.accessionNumbers()) {
        scu.find(QueryKeys.study(null, acc.value()), a -> keep(byUid, a, null));
      }
    }
    if (byUid.isEmpty()) {
      throw new StudyNotFoundException("no PACS study for the " + query.describe() + " (ERR04)");
    }
    return new ArrayList<>(byUid.values());
  }

  private static void keep(Map<String, StudyInfo> byUid, Attributes a, String expectedUid) {
    String uid = a.getString(Tag.StudyInstanceUID);
    if (uid == null || !StudyInstanceUid.isValid(uid) || expectedUid != null && !expectedUid.equals(uid)) {
      return;
    }
    AccessionNumber acc = QueryKeys.accession(a);
    byUid.putIfAbsent(uid, new StudyInfo(new StudyInstanceUid(uid), a.getString(Tag.PatientID, ""),
        Optional.ofNullable(QueryKeys.patientIssuer(a)), acc == null ? List.of() : List.of(acc),
        a.getString(Tag.StudyDate), a.getString(Tag.StudyTime), a.getString(Tag.StudyDescription),
        a.getString(Tag.StudyID), List.of()));
  }

  private StudyInfo withSeries(FindScu scu, StudyInfo header) throws IOException, StudyNotFoundException {
    String studyUid = header.studyInstanceUid().value();
    List<SeriesInfo> found = new ArrayList<>();
    scu.find(QueryKeys.series(studyUid), a -> {
      String uid = a.getString(Tag.SeriesInstanceUID);
      if (uid != null) {
        found.add(new SeriesInfo(uid, a.getString(Tag.Modality), QueryKeys.number(a, Tag.SeriesNumber),
            a.getString(Tag.SeriesDescription), List.of()));
      }
    });
    List<SeriesInfo> series = new ArrayList<>();
    for (SeriesInfo s : found) {
      List<InstanceRef> instances = new ArrayList<>();
      scu.find(QueryKeys.image(studyUid, s.seriesInstanceUid()), a -> {
        String cuid = a.getString(Tag.SOPClassUID);
        String iuid = a.getString(Tag.SOPInstanceUID);
        if (cuid != null && iuid != null) {
          instances.add(new InstanceRef(cuid, iuid, QueryKeys.number(a, Tag.InstanceNumber)));
        }
      });
      if (!instances.isEmpty()) {
        instances.sort(Comparator.comparing(InstanceRef::instanceNumber,
            Comparator.nullsLast(Comparator.naturalOrder())));
        series.add(new SeriesInfo(s.seriesInstanceUid(), s.modality(), s.seriesNumber(), s.description(),
            instances));
      }
    }
    if (series.isEmpty()) {
      throw new StudyNotFoundException("the PACS study has no instance yet (ERR04)");
    }
    series.sort(Comparator.comparing(SeriesInfo::seriesNumber, Comparator.nullsLast(Comparator.naturalOrder())));
    return new StudyInfo(header.studyInstanceUid(), header.patientId(), header.issuerOfPatientId(),
        header.accessionNumbers(), header.studyDate(), header.studyTime(), header.studyDescription(),
        header.studyId(), series);
  }

  private static RemoteAe remote(AeAddress address) {
    return new RemoteAe(address.aet(), address.host(), address.port());
  }
}
