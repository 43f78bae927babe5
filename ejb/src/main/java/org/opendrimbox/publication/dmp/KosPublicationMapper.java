package org.opendrimbox.publication.dmp;

import jakarta.enterprise.context.Dependent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opendrimbox.dmp.CodedValue;
import org.opendrimbox.dmp.Confidentiality;
import org.opendrimbox.dmp.KosPublication;
import org.opendrimbox.dmp.PatientIdentity;
import org.opendrimbox.dmp.ReferenceId;
import org.opendrimbox.ids.AccessionNumber;
import org.opendrimbox.ids.Ins;
import org.opendrimbox.ids.PatientId;
import org.opendrimbox.ids.PlacerOrderNumber;
import org.opendrimbox.intake.CdaReport;
import org.opendrimbox.intake.Code;
import org.opendrimbox.intake.ReportMessage;
import org.opendrimbox.intake.ServiceEvent;

/**
 * Maps a received report and the KOS built for one of its studies to the {@link KosPublication}
 * the DMP client sends (R12, digest §5.3-5.4). Pure logic, thread-safe.
 *
 * <p>Sources: patient INS and IPP from PID-3; patient traits (name, birth date, sex, birthplace)
 * from the KOS Patient module, which the KOS builder filled from the CDA; accession and placer
 * order numbers with their issuers from the CDA, restricted to those the KOS references for this
 * study; professional, organisation, facility type and practice setting from the CDA header;
 * exam start/stop, modalities and regions from the CDA service event of this study (modalities
 * completed by the study's series modalities); confidentiality from the metadata OBX (R4).
 * Injectable ({@code @Dependent}) or created with {@code new}.
 */
@Dependent
public final class KosPublicationMapper {

  /** SubmissionSet contentTypeCode of every ANS sample ("04" in 1.2.250.1.213.2.2). */
  public static final CodedValue CONTENT_TYPE =
      new CodedValue("04", "1.2.250.1.213.2.2", "Hospitalisation de jour");
  /** languageCode of the KOS entry. */
  public static final String LANGUAGE = "fr-FR";
  /** Series modalities that describe derived objects, not an acquisition: not event codes. */
  private static final Set<String> NON_ACQUISITION = Set.of("KO", "PR", "SR", "REG", "SEG", "DOC");

  /**
   * Builds the publication.
   *
   * @param report the accepted report (with its CDA)
   * @param kosBytes the KOS, DICOM Part 10
   * @param kosSopInstanceUid its SOP Instance UID (the DMP uniqueId)
   * @param studyInstanceUid the study the KOS references
   * @param modalities the study's series modalities (from the PACS), may be empty
   * @param now the KOS creation time
   * @throws UnpublishableReportException when a value the DMP requires is missing or the KOS
   *     contradicts the report (final: show the message)
   */
  public KosPublication map(ReportMessage report, byte[] kosBytes, String kosSopInstanceUid,
      String studyInstanceUid, List<String> modalities, Instant now)
      throws UnpublishableReportException {
    Objects.requireNonNull(kosBytes, "kosBytes");
    CdaReport cda = report.cda().orElseThrow(
        () -> new UnpublishableReportException("the message carries no CDA report"));
    KosFacts kos = KosFacts.read(kosBytes);
    checkKos(kos, kosSopInstanceUid, studyInstanceUid);
    PatientIdentity patient = patient(report, kos);
    ServiceEvent event = event(cda, studyInstanceUid);
    Code procedure = event == null ? null : event.procedure();
    return new KosPublication(kosBytes, kosSopInstanceUid, patient, studyInstanceUid,
        accessions(report, cda, kos), orders(cda, kos), modalities(event, modalities),
        regions(event), ProfessionalMapper.professional(report, cda),
        OrganisationMapper.organisation(report, cda, event), confidentiality(report), now,
        event == null ? null : Hl7Times.parse(event.start()),
        event == null ? null : Hl7Times.parse(event.end()), KosPublication.DEFAULT_TITLE,
        procedure == null ? null : procedure.displayName(), LANGUAGE, CONTENT_TYPE);
  }

  private static void checkKos(KosFacts kos, String sopUid, String studyUid)
      throws UnpublishableReportException {
    if (!sopUid.equals(kos.sopInstanceUid()) || !studyUid.equals(kos.studyInstanceUid())) {
      throw new UnpublishableReportException("the KOS bytes do not match the given SOP Instance "
          + "UID / Study Instance UID");
    }
  }

  private static PatientIdentity patient(ReportMessage report, KosFacts kos)
      throws UnpublishableReportException {
    Ins ins = report.patient().ins().orElseThrow(
        () -> new UnpublishableReportException("no INS in PID-3 (R6)"));
    if (kos.patientId() != null && !ins.value().equals(kos.patientId())) {
      throw new UnpublishableReportException("the KOS PatientID is not the report's INS");
    }
    PatientId ipp = report.patient().ipp().orElse(null);
    return new PatientIdentity(ins.value(), ins.oid(), ipp == null ? null : ipp.value(),
        ipp == null ? null : ipp.issuer().universalId(), kos.familyName(), kos.givenName(),
        kos.birthDate(), kos.sex(), kos.birthPlaceCode());
  }

  /** The service event of the study; the only one when it carries no Study Instance UID. */
  static ServiceEvent event(CdaReport cda, String studyUid) {
    for (ServiceEvent e : cda.serviceEvents()) {
      if (e.studyInstanceUid().map(u -> u.value().equals(studyUid)).orElse(false)) {
        return e;
      }
    }
    return cda.serviceEvents().size() == 1 ? cda.serviceEvents().get(0) : null;
  }

  private static List<ReferenceId> accessions(ReportMessage report, CdaReport cda, KosFacts kos)
      throws UnpublishableReportException {
    List<AccessionNumber> all = cda.accessionNumbers().isEmpty()
        ? report.exam().accessionNumbers() : cda.accessionNumbers();
    List<ReferenceId> out = new ArrayList<>();
    for (AccessionNumber a : restrict(all, AccessionNumber::value, kos.accessionNumbers())) {
      if (a.issuer() != null && a.issuer().universalId() != null) {
        out.add(new ReferenceId(a.value(), a.issuer().universalId()));
      }
    }
    if (out.isEmpty()) {
      throw new UnpublishableReportException("no accession number with an issuer OID for this "
          + "study (R12 referenceIdList)");
    }
    return out;
  }

  private static List<ReferenceId> orders(CdaReport cda, KosFacts kos) {
    return restrict(cda.placerOrders(), PlacerOrderNumber::value, kos.orderNumbers()).stream()
        .filter(o -> o.issuer().universalId() != null)
        .map(o -> new ReferenceId(o.value(), o.issuer().universalId())).toList();
  }

  /** The values the KOS references, or all of them when the KOS names none of them. */
  private static <T> List<T> restrict(List<T> all, java.util.function.Function<T, String> value,
      Set<String> inKos) {
    List<T> kept = all.stream().filter(x -> inKos.contains(value.apply(x))).toList();
    return kept.isEmpty() ? all : kept;
  }

  private static List<CodedValue> modalities(ServiceEvent event, List<String> seriesModalities) {
    Map<String, String> byCode = new LinkedHashMap<>();
    if (event != null) {
      event.modalities().forEach(c -> byCode.putIfAbsent(c.code(), c.displayName()));
    }
    for (String m : seriesModalities) {
      if (m != null && !m.isBlank() && !NON_ACQUISITION.contains(m.strip())) {
        byCode.putIfAbsent(m.strip(), Modalities.displayName(m.strip()));
      }
    }
    List<CodedValue> out = new ArrayList<>();
    byCode.forEach((code, display) -> out.add(CodedValue.modality(code,
        display != null ? display : Modalities.displayName(code))));
    return out;
  }

  private static List<CodedValue> regions(ServiceEvent event) {
    return event == null ? List.of() : event.regions().stream()
        .map(c -> CodedValue.region(c.code(), c.displayName())).toList();
  }

  private static Set<Confidentiality> confidentiality(ReportMessage report) {
    Set<Confidentiality> out = new java.util.HashSet<>();
    for (Code c : report.flags().confidentialityCodes()) {
      for (Confidentiality k : Confidentiality.values()) {
        if (k.code().code().equals(c.code())) {
          out.add(k);
        }
      }
    }
    out.remove(Confidentiality.NORMAL);
    return out;
  }
}
