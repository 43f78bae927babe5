package org.opendrimbox.config;

/** Rules for DICOM AE titles (PS3.5 VR AE). */
final class AeTitles {

  private AeTitles() {}

  static boolean isValid(String aet) {
    if (aet == null || aet.isBlank() || aet.length() > 16) {
      return false;
    }
    return aet.chars().allMatch(c -> c >= 0x20 && c < 0x7f && c != '\\');
  }
}
