package org.opendrimbox.kos;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.opendrimbox.intake.ReportMessage;
import org.opendrimbox.pacs.InstanceRef;
import org.opendrimbox.pacs.SeriesInfo;
import org.opendrimbox.pacs.StudyInfo;

/** A KOS built by {@link KosBuilder} reads back as the series and instances it was built from. */
class KosReferencesTest {

  @Test
  void readsBackTheSeriesAndInstancesOfABuiltKos() {
    ReportMessage report = ExamC.report();
    StudyInfo study = ExamC.study(3, 4);
    KosDocument kos = new KosBuilder().build(KosInputs.fromReport(report, ExamC.patient(report), study,
        "https://box.example/drimbox/dicomweb", "2.25.100", "2.25.101", ZonedDateTime.parse("2026-11-29T09:00:00+01:00")));

    KosReferences refs = KosReferences.read(kos.bytes());

    assertThat(refs.seriesUids()).containsExactlyElementsOf(
        study.series().stream().map(SeriesInfo::seriesInstanceUid).toList());
    assertThat(refs.instanceUids()).hasSize(12).containsExactlyElementsOf(study.series().stream()
        .flatMap(s -> s.instances().stream()).map(InstanceRef::sopInstanceUid).toList());
  }
}
