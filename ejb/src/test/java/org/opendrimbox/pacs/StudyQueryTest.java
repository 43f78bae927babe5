package org.opendrimbox.pacs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opendrimbox.ids.Issuer;
import org.opendrimbox.ids.PatientId;
import org.opendrimbox.ids.StudyInstanceUid;
import org.opendrimbox.intake.Hl7IntakeParser;
import org.opendrimbox.intake.IntakeResult;
import org.opendrimbox.intake.ReportMessage;

/** One query per distinct Study Instance UID of a report (R7), carrying its accessions and IPP. */
class StudyQueryTest {

  @Test
  void examCGivesOneQueryForItsStudy() throws Exception {
    byte[] hl7;
    try (var in = getClass().getResourceAsStream("/hl7/CR_C-ORU.hl7")) {
      hl7 = in.readAllBytes();
    }
    ReportMessage report = ((IntakeResult.Accepted) new Hl7IntakeParser().parse(hl7)).report();
    List<StudyQuery> queries = StudyQuery.forReport(report);
    assertThat(queries).hasSize(1);
    StudyQuery q = queries.get(0);
    assertThat(q.studyInstanceUid()).contains(new StudyInstanceUid("1.2.250.1.213.4.5.2.1.103"));
    assertThat(q.accessionNumbers()).singleElement().satisfies(a -> {
      assertThat(a.value()).isEqualTo("ACN103");
      assertThat(a.issuer().universalId()).isEqualTo("1.2.250.1.925.994044.27");
    });
    assertThat(q.expectedPatient().value()).isEqualTo("IPP101");
    assertThat(q.describe()).isEqualTo("study 1.2.250.1.213.4.5.2.1.103");
  }

  @Test
  void aQueryNeedsAStudyOrAnAccession() {
    PatientId ipp = new PatientId("IPP1", Issuer.ofOid("1.2.3"));
    assertThatThrownBy(() -> new StudyQuery(Optional.empty(), List.of(), ipp))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
