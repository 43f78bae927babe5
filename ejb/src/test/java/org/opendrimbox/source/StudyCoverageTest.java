package org.opendrimbox.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendrimbox.ids.Ins;

/** R21: the KOS-SOPInstanceUID header must name a published KOS of the requested study and series. */
class StudyCoverageTest {

  static final Ins INS = new Ins("279035121518989", Ins.OID_NIR_TEST);
  private final InMemoryPublishedStudies published = new InMemoryPublishedStudies()
      .add(new PublishedKos("1.2.3.100", "1.2.3", Set.of("1.2.3.4", "1.2.3.5"), INS));
  private final StudyCoverage coverage = new StudyCoverage(published);

  @Test
  void publishedKosCoversItsStudyAndSeries() {
    assertThat(coverage.check("1.2.3.100", "1.2.3", null).ins()).isEqualTo(INS);
    assertThat(coverage.check(" 1.2.3.100 ", "1.2.3", "1.2.3.5").kosUid()).isEqualTo("1.2.3.100");
  }

  @Test
  void missingOrMalformedHeaderIs400() {
    assertReason(null, "1.2.3", null, SourceException.Reason.BAD_REQUEST);
    assertReason("  ", "1.2.3", null, SourceException.Reason.BAD_REQUEST);
    assertReason("abc", "1.2.3", null, SourceException.Reason.BAD_REQUEST);
    assertReason("1.2.3.100", "1.2.x", null, SourceException.Reason.BAD_REQUEST);
  }

  @Test
  void kosOfAnotherStudyIs400() {
    assertReason("1.2.3.100", "9.9.9", null, SourceException.Reason.BAD_REQUEST);
  }

  @Test
  void unknownOrUnpublishedKosIs404() {
    assertReason("1.2.3.999", "1.2.3", null, SourceException.Reason.NOT_FOUND);
    published.unpublish("1.2.3.100");
    assertReason("1.2.3.100", "1.2.3", null, SourceException.Reason.NOT_FOUND);
  }

  @Test
  void seriesOutsideTheKosIs404() {
    assertReason("1.2.3.100", "1.2.3", "1.2.3.6", SourceException.Reason.NOT_FOUND);
  }

  private void assertReason(String kos, String study, String series, SourceException.Reason reason) {
    assertThatThrownBy(() -> coverage.check(kos, study, series)).isInstanceOfSatisfying(SourceException.class,
        e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
