package org.opendrimbox.dicom.net;

/** Which timeout of {@link ConnectionSettings} applies in each association state, and whether it expired. */
final class Timeouts {
  private Timeouts() {
  }

  /**
   * Throws when {@code idleMillis} without traffic exceed the timeout of the current situation: negotiation (accept
   * timeout), awaiting A-RELEASE-RP (release timeout), awaiting a DIMSE response (response timeout), or nothing
   * outstanding and no SCP operation running (idle timeout).
   */
  static void check(String name, ConnectionSettings s, Association.State state, boolean awaitingResponse,
      boolean operationRunning, long idleMillis) throws AssociationTimeoutException {
    int limit;
    String what;
    switch (state) {
      case NEGOTIATING -> {
        limit = s.acceptTimeout();
        what = "association negotiation";
      }
      case RELEASE_REQUESTED -> {
        limit = s.releaseTimeout();
        what = "A-RELEASE-RP";
      }
      case ESTABLISHED -> {
        limit = awaitingResponse ? s.responseTimeout() : operationRunning ? 0 : s.idleTimeout();
        what = awaitingResponse ? "a DIMSE response" : "idle";
      }
      default -> {
        limit = 0;
        what = "";
      }
    }
    if (limit > 0 && idleMillis >= limit) {
      throw new AssociationTimeoutException(name + ": timeout after " + limit + " ms waiting for " + what);
    }
  }
}
