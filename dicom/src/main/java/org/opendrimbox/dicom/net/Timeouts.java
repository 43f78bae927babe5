package org.opendrimbox.dicom.net;

/** Which timeout of {@link ConnectionSettings} applies in each association state, and whether it expired. */
final class Timeouts {
  private Timeouts() {
  }

  /**
   * Throws when {@code idleMillis} without traffic exceed the timeout of the current situation: negotiation (accept
   * timeout), awaiting A-RELEASE-RP (release timeout), awaiting a DIMSE response (response timeout), or nothing
   * outstanding and no SCP operation running (idle timeout); and a write blocked for {@code writeStalledMillis} because
   * the peer stopped reading (response timeout, or idle timeout when that is 0).
   */
  static void check(String name, ConnectionSettings s, Association.State state, boolean awaitingResponse,
      boolean operationRunning, long idleMillis, long writeStalledMillis) throws AssociationTimeoutException {
    int writeLimit = s.responseTimeout() > 0 ? s.responseTimeout() : s.idleTimeout();
    if (writeLimit > 0 && writeStalledMillis >= writeLimit) {
      throw new AssociationTimeoutException(name + ": peer has not read for " + writeLimit + " ms");
    }
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
