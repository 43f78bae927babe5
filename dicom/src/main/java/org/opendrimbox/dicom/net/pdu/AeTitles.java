package org.opendrimbox.dicom.net.pdu;

/** Checks Application Entity titles (PS3.5 VR AE: 1 to 16 characters, no backslash or control character, not blank). */
public final class AeTitles {
  private AeTitles() {
  }

  /** Returns {@code aet} unchanged if valid, else throws IllegalArgumentException. */
  public static String check(String aet) {
    if (aet == null || aet.isBlank() || aet.length() > 16) {
      throw new IllegalArgumentException("invalid AE title: " + aet);
    }
    for (int i = 0; i < aet.length(); i++) {
      char c = aet.charAt(i);
      if (c < 0x20 || c > 0x7E || c == '\\') {
        throw new IllegalArgumentException("invalid character in AE title: " + aet);
      }
    }
    return aet;
  }
}
