package org.opendrimbox.intake.internal;

import java.util.regex.Pattern;
import org.opendrimbox.intake.MessageHeader;

/**
 * Reads the MSH segment from raw text with its own separators, without HAPI, so that a header is
 * available to acknowledge even a message HAPI cannot parse. Field values are kept as sent.
 */
public final class MshReader {

  private MshReader() {}

  /** Reads the first segment of {@code text} (which must start with MSH). */
  public static MessageHeader read(String text) {
    int cut = text.indexOf('\r');
    String msh = cut < 0 ? text : text.substring(0, cut);
    if (msh.length() < 4 || !msh.startsWith("MSH")) {
      return MessageHeader.UNKNOWN;
    }
    char fieldSep = msh.charAt(3);
    String[] f = msh.split(Pattern.quote(String.valueOf(fieldSep)), -1);
    String enc = at(f, 1);
    char comp = enc.length() > 0 ? enc.charAt(0) : '^';
    char rep = enc.length() > 1 ? enc.charAt(1) : '~';
    String[] type = at(f, 8).split(Pattern.quote(String.valueOf(comp)), -1);
    return new MessageHeader(
        String.valueOf(fieldSep),
        enc,
        field(f, 3),
        field(f, 4),
        field(f, 5),
        field(f, 6),
        field(f, 7),
        at(type, 0).strip(),
        at(type, 1).strip(),
        at(type, 2).strip(),
        field(f, 10).strip(),
        field(f, 11),
        firstComponent(field(f, 12), comp).strip(),
        firstRepetition(field(f, 18), rep).strip(),
        firstRepetition(field(f, 21), rep));
  }

  private static String field(String[] f, int msh) {
    return at(f, msh - 1);
  }

  private static String at(String[] a, int i) {
    return i < a.length ? a[i] : "";
  }

  private static String firstRepetition(String value, char rep) {
    int i = value.indexOf(rep);
    return i < 0 ? value : value.substring(0, i);
  }

  private static String firstComponent(String value, char comp) {
    int i = value.indexOf(comp);
    return i < 0 ? value : value.substring(0, i);
  }
}
