package org.opendrimbox.dicom.net;

import org.opendrimbox.dicom.net.pdu.AeTitles;

/** A peer Application Entity: title, host and port. */
public record RemoteAe(String aeTitle, String host, int port) {
  public RemoteAe {
    AeTitles.check(aeTitle);
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException("host required");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
  }

  /** Parses {@code AET@host:port} (an IPv6 host may be written in brackets). */
  public static RemoteAe parse(String s) {
    int at = s.indexOf('@');
    int colon = s.lastIndexOf(':');
    if (at <= 0 || colon < at + 2 || colon == s.length() - 1) {
      throw new IllegalArgumentException("expected AET@host:port, got: " + s);
    }
    String host = s.substring(at + 1, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    try {
      return new RemoteAe(s.substring(0, at), host, Integer.parseInt(s.substring(colon + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad port in " + s, e);
    }
  }

  @Override
  public String toString() {
    return aeTitle + "@" + host + ":" + port;
  }
}
