package org.opendrimbox.dicom.tool;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opendrimbox.dicom.net.ConnectionSettings;
import org.opendrimbox.dicom.net.RemoteAe;

/** Network options shared by the subcommands. */
final class NetOptions {
  static final Set<String> VALUED = Set.of("-c", "--connect", "--aet", "--max-pdu", "--connect-timeout",
      "--response-timeout", "--idle-timeout");
  static final String HELP = """
        -c, --connect AET@HOST:PORT   the peer (called AE title, host, port)
        --aet AET                     our AE title (default DRIMBOX)
        --max-pdu N                   max PDU length we receive and send (default 131072)
        --connect-timeout MS          TCP connect and association timeout (default 10000)
        --response-timeout MS         DIMSE response timeout (default 60000)
        --idle-timeout MS             idle association timeout (default 300000)""".indent(2).stripTrailing();

  private NetOptions() {
  }

  static Set<String> valued(String... more) {
    Set<String> s = new HashSet<>(VALUED);
    s.addAll(List.of(more));
    return s;
  }

  static RemoteAe remote(Args a) {
    try {
      return RemoteAe.parse(a.required("-c", "--connect"));
    } catch (IllegalArgumentException e) {
      throw new Args.UsageException(e.getMessage());
    }
  }

  static String aet(Args a) {
    return a.value("DRIMBOX", "--aet");
  }

  static ConnectionSettings settings(Args a) {
    int pdu = a.intValue(ConnectionSettings.DEFAULT_MAX_PDU, "--max-pdu");
    int connect = a.intValue(10_000, "--connect-timeout");
    ConnectionSettings d = ConnectionSettings.defaults();
    return d.withMaxPduLength(pdu, pdu).withTimeouts(connect, connect, a.intValue(d.idleTimeout(), "--idle-timeout"),
        a.intValue(d.responseTimeout(), "--response-timeout"), d.releaseTimeout());
  }
}
