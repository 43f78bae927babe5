package org.opendrimbox.publication.dmp;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.opendrimbox.ids.AccessionNumber;
import org.opendrimbox.ids.Issuer;
import org.opendrimbox.ids.StudyInstanceUid;
import org.opendrimbox.intake.ReportMessage;
import org.opendrimbox.kos.KosBuilder;
import org.opendrimbox.kos.KosDocument;
import org.opendrimbox.kos.KosInputs;
import org.opendrimbox.pacs.InstanceRef;
import org.opendrimbox.pacs.SeriesInfo;
import org.opendrimbox.pacs.StudyInfo;

/** The KOS the box builds for exam C ({@link KosBuilder}) over a two-series synthetic PACS study. */
final class ExamCKos {
  static final String CT = "1.2.840.10008.5.1.4.1.1.2";

  private ExamCKos() {}

  static KosDocument build(ReportMessage report, String sopInstanceUid) {
    StudyInfo study = new StudyInfo(new StudyInstanceUid(TestKos.STUDY_UID), "IPP101",
        Optional.of(Issuer.ofOid("1.2.250.1.213.4.5.2.4")),
        List.of(new AccessionNumber("ACN103", Issuer.ofOid("1.2.250.1.925.994044.27"))),
        "20210108", "102500", "CT Head W contrast IV", "103", List.of(
            new SeriesInfo(TestKos.SERIES_UID, "CT", 1, "Head",
                List.of(new InstanceRef(CT, TestKos.IMAGE_UID, 1),
                    new InstanceRef(CT, TestKos.IMAGE_UID + "2", 2))),
            new SeriesInfo(TestKos.SERIES_UID + "1", "SR", 2, "Dose", List.of(new InstanceRef(
                "1.2.840.10008.5.1.4.1.1.88.67", TestKos.IMAGE_UID + "3", 1)))));
    return new KosBuilder().build(KosInputs.fromReport(report,
        KosInputs.patient(report, "PAT-TROIS^DOMINIQUE", "19790328", "F", "51215", List.of()),
        study, "http://127.0.0.1:8080/drimbox/dicomweb", sopInstanceUid,
        sopInstanceUid + ".0", ZonedDateTime.parse("2026-11-29T05:00:00+01:00[Europe/Paris]")));
  }
}
