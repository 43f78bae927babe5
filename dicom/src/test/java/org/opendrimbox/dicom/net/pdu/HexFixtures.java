package org.opendrimbox.dicom.net.pdu;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads the annotated hex fixtures of src/test/resources/net ('#' starts a comment). */
public final class HexFixtures {
  private HexFixtures() {
  }

  public static byte[] read(String name) {
    try (InputStream in = HexFixtures.class.getResourceAsStream("/net/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      StringBuilder hex = new StringBuilder();
      for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
        int hash = line.indexOf('#');
        hex.append((hash >= 0 ? line.substring(0, hash) : line).replaceAll("\\s", ""));
      }
      byte[] b = new byte[hex.length() / 2];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
      }
      return b;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes after the 6-byte PDU header. */
  public static byte[] body(byte[] pdu) {
    return Arrays.copyOfRange(pdu, 6, pdu.length);
  }
}
