package org.opendrimbox.publication.dmp;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HL7 TS values of the CDA ({@code YYYYMMDD[HH[MM[SS[.S+]]]][+/-ZZZZ]}) as instants. A value
 * without an offset is read in French legal time (Europe/Paris), the time zone of the data sets.
 */
final class Hl7Times {
  static final ZoneId LOCAL = ZoneId.of("Europe/Paris");
  private static final Pattern TS = Pattern.compile(
      "(\\d{4})(\\d{2})(\\d{2})(?:(\\d{2})(?:(\\d{2})(?:(\\d{2})(?:\\.\\d+)?)?)?)?([+-]\\d{4})?");

  private Hl7Times() {}

  /** The instant of a TS, or null when the value is absent or not a TS. */
  static Instant parse(String ts) {
    if (ts == null) {
      return null;
    }
    Matcher m = TS.matcher(ts.strip());
    if (!m.matches()) {
      return null;
    }
    LocalDateTime local = LocalDateTime.of(num(m, 1), num(m, 2), num(m, 3), num(m, 4), num(m, 5),
        num(m, 6));
    String offset = m.group(7);
    return offset == null ? local.atZone(LOCAL).toInstant()
        : local.toInstant(ZoneOffset.of(offset.substring(0, 3) + ":" + offset.substring(3)));
  }

  private static int num(Matcher m, int group) {
    String g = m.group(group);
    return g == null ? 0 : Integer.parseInt(g);
  }
}
