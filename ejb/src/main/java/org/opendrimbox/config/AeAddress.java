package org.opendrimbox.config;

import java.util.Objects;

/** A DICOM application entity on the network, written {@code AET@host:port} in settings. */
public record AeAddress(String aet, String host, int port) {

  public AeAddress {
    Objects.requireNonNull(aet, "aet");
    Objects.requireNonNull(host, "host");
    if (!AeTitles.isValid(aet)) {
      throw new IllegalArgumentException("invalid AE title '" + aet + "' (1 to 16 characters, no backslash or control character)");
    }
    if (host.isBlank()) {
      throw new IllegalArgumentException("empty host");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " out of range 1-65535");
    }
  }

  /** Parses {@code AET@host:port}. */
  public static AeAddress parse(String text) {
    int at = text.indexOf('@');
    int colon = text.lastIndexOf(':');
    if (at <= 0 || colon < at + 2 || colon == text.length() - 1) {
      throw new IllegalArgumentException("'" + text + "' is not of the form AET@host:port");
    }
    int port;
    try {
      port = Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + text + "': port is not a number");
    }
    return new AeAddress(text.substring(0, at), text.substring(at + 1, colon), port);
  }

  @Override
  public String toString() {
    return aet + "@" + host + ":" + port;
  }
}
