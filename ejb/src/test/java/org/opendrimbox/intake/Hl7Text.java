package org.opendrimbox.intake;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Minimal reader of an encoded HL7 message for assertions (default separators). */
final class Hl7Text {

  private final List<String[]> segments = new ArrayList<>();

  Hl7Text(String text) {
    for (String s : text.split("\r")) {
      segments.add(s.split("\\|", -1));
    }
  }

  List<String> segmentNames() {
    return segments.stream().map(s -> s[0]).toList();
  }

  /** Field {@code n} of the {@code occurrence}-th (1-based) segment named {@code name}. */
  String field(String name, int occurrence, int n) {
    int seen = 0;
    for (String[] s : segments) {
      if (s[0].equals(name) && ++seen == occurrence) {
        int index = name.equals("MSH") ? n - 1 : n;
        return index < s.length ? s[index] : "";
      }
    }
    throw new AssertionError("no " + name + " #" + occurrence + " in " + segmentNames());
  }

  String field(String name, int n) {
    return field(name, 1, n);
  }

  long count(String name) {
    return segments.stream().filter(s -> s[0].equals(name)).count();
  }

  @Override
  public String toString() {
    return segments.stream().map(s -> String.join("|", s)).toList().toString()
        + Arrays.toString(new int[0]);
  }
}
