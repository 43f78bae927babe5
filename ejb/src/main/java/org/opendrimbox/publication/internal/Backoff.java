package org.opendrimbox.publication.internal;

import java.time.Duration;

/** Exponential back-off: base, 2 x base, 4 x base, ... capped at max. */
public record Backoff(Duration base, Duration max) {

  /** The delay before attempt number {@code attempts + 1}, given {@code attempts} made so far (at least 1). */
  public Duration after(int attempts) {
    int shift = Math.min(Math.max(attempts - 1, 0), 30);
    long millis = base.toMillis() << shift;
    return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
  }
}
