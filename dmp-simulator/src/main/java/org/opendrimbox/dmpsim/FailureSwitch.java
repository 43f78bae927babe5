package org.opendrimbox.dmpsim;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The reliability-test switch: make the simulator unavailable, slow or rejecting for a while. */
public final class FailureSwitch {

  /** Failure modes. */
  public enum Mode { NONE, UNAVAILABLE, SLOW, REJECT }

  private final Clock clock;
  private Mode mode = Mode.NONE;
  private Instant until = Instant.MIN;

  public FailureSwitch(Clock clock) {
    this.clock = clock;
  }

  /** Activates a mode for a duration (NONE clears). */
  public synchronized void set(Mode newMode, Duration duration) {
    mode = newMode;
    until = newMode == Mode.NONE ? Instant.MIN : clock.instant().plus(duration);
  }

  /** The mode in force now. */
  public synchronized Mode current() {
    if (mode != Mode.NONE && clock.instant().isAfter(until)) {
      mode = Mode.NONE;
    }
    return mode;
  }

  /** When the current mode ends. */
  public synchronized Instant until() {
    return until;
  }
}
