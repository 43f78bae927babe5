package org.opendrimbox.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Loads the official HL7 test messages copied under {@code src/test/resources/hl7}. */
final class Fixtures {

  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/hl7/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** Replaces exactly one occurrence of {@code from} (fails if absent) and returns UTF-8 bytes. */
  static byte[] edit(String name, String from, String to) {
    String text = text(name);
    int at = text.indexOf(from);
    if (at < 0) {
      throw new IllegalArgumentException(from + " not in " + name);
    }
    return (text.substring(0, at) + to + text.substring(at + from.length()))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static final Pattern CDA = Pattern.compile("(Base64\\^)([A-Za-z0-9+/=]+)");

  /** The message text with its embedded CDA XML transformed by {@code edit}. */
  static String withCda(String text, UnaryOperator<String> edit) {
    Matcher m = CDA.matcher(text);
    if (!m.find()) {
      throw new IllegalArgumentException("no base64 CDA");
    }
    String xml = new String(Base64.getDecoder().decode(m.group(2)), StandardCharsets.UTF_8);
    String edited = Base64.getEncoder().encodeToString(edit.apply(xml).getBytes(StandardCharsets.UTF_8));
    return text.substring(0, m.start(2)) + edited + text.substring(m.end(2));
  }

  /** Replaces exactly one occurrence in a text (fails if absent). */
  static String replace(String text, String from, String to) {
    int at = text.indexOf(from);
    if (at < 0) {
      throw new IllegalArgumentException(from + " not found");
    }
    return text.substring(0, at) + to + text.substring(at + from.length());
  }
}
