package org.opendrimbox.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Semesters follow the Paris calendar, including across daylight-saving and year ends. */
class KtSemesterTest {

  @Test
  void semestersStartAtMidnightParisTime() {
    var s1 = new KtService.Semester(2026, 1);
    assertThat(s1.start()).isEqualTo(Instant.parse("2025-12-31T23:00:00Z"));
    assertThat(s1.end()).isEqualTo(Instant.parse("2026-06-30T22:00:00Z"));
    var s2 = new KtService.Semester(2026, 2);
    assertThat(s2.start()).isEqualTo(s1.end());
    assertThat(s2.end()).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
  }

  @Test
  void anInstantBelongsToTheSemesterOfItsParisDate() {
    assertThat(KtService.Semester.of(Instant.parse("2026-06-30T22:30:00Z"))).isEqualTo(new KtService.Semester(2026, 2));
    assertThat(KtService.Semester.of(Instant.parse("2026-06-30T21:59:59Z"))).isEqualTo(new KtService.Semester(2026, 1));
    assertThat(KtService.Semester.of(Instant.parse("2026-12-31T23:00:00Z"))).isEqualTo(new KtService.Semester(2027, 1));
  }

  @Test
  void thereAreTwoSemesters() {
    assertThatThrownBy(() -> new KtService.Semester(2026, 3)).isInstanceOf(IllegalArgumentException.class);
  }
}
