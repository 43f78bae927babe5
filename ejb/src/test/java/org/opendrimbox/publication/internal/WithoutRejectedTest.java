package org.opendrimbox.publication.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendrimbox.ids.StudyInstanceUid;
import org.opendrimbox.pacs.InstanceRef;
import org.opendrimbox.pacs.SeriesInfo;
import org.opendrimbox.pacs.StudyInfo;

/** A KOS is built without the instances rejected by IOCM notes, even when the PACS still answers them. */
class WithoutRejectedTest {

  private static final String CT = "1.2.840.10008.5.1.4.1.1.2";

  private static final StudyInfo STUDY = new StudyInfo(new StudyInstanceUid("1.2.3"), "IPP", Optional.empty(),
      List.of(), "20210409", "101500", "TDM", "1", List.of(
          new SeriesInfo("1.2.3.1", "CT", 1, "", List.of(new InstanceRef(CT, "1.2.3.1.1", 1),
              new InstanceRef(CT, "1.2.3.1.2", 2))),
          new SeriesInfo("1.2.3.2", "CT", 2, "", List.of(new InstanceRef(CT, "1.2.3.2.1", 1)))));

  @Test
  void rejectedInstancesAndEmptiedSeriesAreLeftOut() {
    StudyInfo kept = PacsKosSource.withoutRejected(STUDY, Set.of("1.2.3.1.2", "1.2.3.2.1"));
    assertThat(kept.series()).singleElement().satisfies(s -> {
      assertThat(s.seriesInstanceUid()).isEqualTo("1.2.3.1");
      assertThat(s.instances()).extracting(InstanceRef::sopInstanceUid).containsExactly("1.2.3.1.1");
    });
    assertThat(kept.studyDescription()).isEqualTo("TDM");
  }

  @Test
  void nothingRejectedKeepsTheStudy() {
    assertThat(PacsKosSource.withoutRejected(STUDY, Set.of())).isSameAs(STUDY);
  }

  @Test
  void everythingRejectedLeavesNoSeries() {
    assertThat(PacsKosSource.withoutRejected(STUDY, Set.of("1.2.3.1.1", "1.2.3.1.2", "1.2.3.2.1")).series()).isEmpty();
  }
}
