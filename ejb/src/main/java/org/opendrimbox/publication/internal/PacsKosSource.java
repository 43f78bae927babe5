package org.opendrimbox.publication.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.opendrimbox.config.DrimboxSettings;
import org.opendrimbox.dicom.data.UidGenerator;
import org.opendrimbox.ids.AccessionNumber;
import org.opendrimbox.ids.StudyInstanceUid;
import org.opendrimbox.intake.ReportMessage;
import org.opendrimbox.kos.KosBuilder;
import org.opendrimbox.kos.KosDocument;
import org.opendrimbox.kos.KosInputs;
import org.opendrimbox.pacs.InstanceRef;
import org.opendrimbox.pacs.PacsException;
import org.opendrimbox.pacs.PacsQueryService;
import org.opendrimbox.pacs.PacsUnavailableException;
import org.opendrimbox.pacs.SeriesInfo;
import org.opendrimbox.pacs.StudyInfo;
import org.opendrimbox.pacs.StudyNotFoundException;
import org.opendrimbox.pacs.StudyQuery;
import org.opendrimbox.publication.BuiltKos;
import org.opendrimbox.publication.KosSource;
import org.opendrimbox.publication.StepException;
import org.opendrimbox.publication.StepException.Kind;

/**
 * The KOS of one study of a report: PACS lookup (C-FIND, R9 checks), without the instances rejected by IOCM
 * notes (R15), then the manifest (R10).
 */
@ApplicationScoped
public class PacsKosSource implements KosSource {

  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @Inject private PacsQueryService pacs;
  @Inject private DrimboxSettings settings;
  @Inject private PublicationRepository repository;

  private final KosBuilder builder = new KosBuilder();

  @Override
  public BuiltKos build(ReportMessage report, Supplier<byte[]> rawMessage, String studyUid, String accession)
      throws StepException {
    List<AccessionNumber> accessions = report.exam().accessionNumbers().stream()
        .filter(a -> accession == null || studyUid != null || a.value().equals(accession)).toList();
    var query = new StudyQuery(Optional.ofNullable(studyUid).map(StudyInstanceUid::new), accessions,
        report.patient().ipp().orElseThrow(() -> new StepException(Kind.REJECTED, "the report has no IPP")));
    StudyInfo study;
    try {
      study = pacs.findStudy(query);
    } catch (PacsException e) {
      if (e instanceof StudyNotFoundException) {
        throw new StepException(Kind.STUDY_NOT_IN_PACS, e.getMessage(), e);
      }
      if (e instanceof PacsUnavailableException) {
        throw new StepException(Kind.UNAVAILABLE, "PACS unavailable: " + e.getMessage(), e);
      }
      throw new StepException(Kind.REJECTED, "PACS data inconsistent with the report: " + e.getMessage(), e);
    }
    study = withoutRejected(study, repository.rejectedInstances(study.studyInstanceUid().value()));
    if (study.series().isEmpty()) {
      throw new StepException(Kind.REJECTED, "every instance of study " + study.studyInstanceUid().value()
          + " is rejected (IOCM): nothing to publish");
    }
    PidDemographics pid = PidDemographics.of(rawMessage.get());
    var patient = KosInputs.patient(report, pid.name(), pid.birthDate(), pid.sex(), pid.birthPlaceCode(),
        pid.otherNames());
    KosDocument kos = builder.build(KosInputs.fromReport(report, patient, study, settings.wadoRsBase(),
        UidGenerator.newUid(), UidGenerator.newUid(), ZonedDateTime.now(PARIS)));
    List<String> modalities = study.series().stream().map(SeriesInfo::modality).distinct().toList();
    return new BuiltKos(kos.sopInstanceUid(), kos.studyInstanceUid().value(), kos.bytes(), modalities);
  }

  /**
   * The study without the instances rejected by IOCM notes (the PACS may still answer them to C-FIND), and
   * without the series left empty.
   */
  static StudyInfo withoutRejected(StudyInfo study, Set<String> rejected) {
    if (rejected.isEmpty()) {
      return study;
    }
    List<SeriesInfo> series = new ArrayList<>();
    for (SeriesInfo s : study.series()) {
      List<InstanceRef> kept = s.instances().stream().filter(i -> !rejected.contains(i.sopInstanceUid())).toList();
      if (!kept.isEmpty()) {
        series.add(new SeriesInfo(s.seriesInstanceUid(), s.modality(), s.seriesNumber(), s.description(), kept));
      }
    }
    return new StudyInfo(study.studyInstanceUid(), study.patientId(), study.issuerOfPatientId(),
        study.accessionNumbers(), study.studyDate(), study.studyTime(), study.studyDescription(), study.studyId(),
        series);
  }
}
