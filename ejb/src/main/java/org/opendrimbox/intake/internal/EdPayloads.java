package org.opendrimbox.intake.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendrimbox.intake.MessageHeader;

/**
 * Takes the data component (ED-5) of large OBX-5 ED values out of the message text before HAPI
 * parses it: HAPI's field parsing costs about 20 times more on a 300 KB base64 value than on the
 * rest of the message, while base64 needs neither splitting nor unescaping. The data is returned
 * keyed by OBX occurrence; the OBX keeps ED-1 to ED-4. Values holding an escape, repetition or
 * subcomponent character are left to HAPI. Scans with {@code indexOf} only (no regex).
 */
final class EdPayloads {

  /** The message text without the large ED data, and the data by 1-based OBX occurrence. */
  record Stripped(String text, Map<Integer, String> data) {}

  static final int THRESHOLD = 4096;

  private EdPayloads() {}

  static Stripped strip(String text, MessageHeader header) {
    String enc = header.encodingCharacters();
    if (text.length() < THRESHOLD || header.fieldSeparator().length() != 1 || enc.length() < 4) {
      return new Stripped(text, Map.of());
    }
    char fs = header.fieldSeparator().charAt(0);
    Map<Integer, String> data = new HashMap<>();
    StringBuilder out = null;
    int copied = 0;
    int obx = 0;
    for (int start = 0; start < text.length(); ) {
      int end = text.indexOf('\r', start);
      end = end < 0 ? text.length() : end;
      if (text.startsWith("OBX", start) && end - start > 3 && text.charAt(start + 3) == fs) {
        obx++;
        int[] span = dataSpan(text, start, end, fs, enc);
        if (span != null) {
          out = out == null ? new StringBuilder(text.length()) : out;
          out.append(text, copied, span[0]);
          data.put(obx, text.substring(span[0], span[1]));
          copied = span[1];
        }
      }
      start = end + 1;
    }
    if (out == null) {
      return new Stripped(text, Map.of());
    }
    out.append(text, copied, text.length());
    return new Stripped(out.toString(), data);
  }

  /** Start and end of ED-5 in an OBX segment whose OBX-2 is ED, or null when not applicable. */
  private static int[] dataSpan(String text, int start, int end, char fs, String enc) {
    List<Integer> seps = new ArrayList<>(7);
    for (int i = text.indexOf(fs, start); i >= 0 && i < end && seps.size() < 6;
        i = text.indexOf(fs, i + 1)) {
      seps.add(i);
    }
    if (seps.size() < 5 || !"ED".equalsIgnoreCase(text.substring(seps.get(1) + 1, seps.get(2)).strip())) {
      return null;
    }
    int valueStart = seps.get(4) + 1;
    int valueEnd = seps.size() > 5 ? seps.get(5) : end;
    if (valueEnd - valueStart < THRESHOLD) {
      return null;
    }
    int dataStart = valueStart;
    for (int c = 0; c < 4; c++) {
      dataStart = indexOf(text, enc.charAt(0), dataStart, valueEnd) + 1;
      if (dataStart == 0) {
        return null;
      }
    }
    for (int k = 0; k < 4; k++) {
      if (indexOf(text, enc.charAt(k), dataStart, valueEnd) >= 0) {
        return null;
      }
    }
    return new int[] {dataStart, valueEnd};
  }

  private static int indexOf(String text, char c, int from, int to) {
    int i = text.indexOf(c, from);
    return i >= 0 && i < to ? i : -1;
  }
}
