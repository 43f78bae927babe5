package org.opendrimbox.publication.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1));

  @Test
  void doublesFromTheBaseUpToTheMaximum() {
    assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(backoff.after(5)).isEqualTo(Duration.ofSeconds(480));
    assertThat(backoff.after(8)).isEqualTo(Duration.ofHours(1));
    assertThat(backoff.after(1000)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aFirstAttemptNotYetCountedWaitsTheBase() {
    assertThat(backoff.after(0)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void publicationMessagesCarryOnlyTheTaskId() {
    assertThat(PublicationPublisher.taskId("{\"v\":1,\"task\":4711}")).isEqualTo(4711L);
  }
}
