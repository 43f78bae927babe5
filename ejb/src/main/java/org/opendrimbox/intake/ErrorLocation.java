package org.opendrimbox.intake;

/**
 * Where an error sits in the inbound message, written in ERR-2 (ERL): segment id, segment sequence
 * (1-based), field position, field repetition, component (0 when not applicable).
 *
 * @param segment segment id, e.g. {@code PID}; null when the message could not be located
 * @param sequence 1-based occurrence of that segment in the message
 * @param field field position (0 = whole segment)
 * @param repetition 1-based field repetition (0 = not applicable)
 * @param component component position (0 = whole field)
 */
public record ErrorLocation(String segment, int sequence, int field, int repetition, int component) {

  /** No location (message-level error). */
  public static final ErrorLocation NONE = new ErrorLocation(null, 0, 0, 0, 0);

  /** First occurrence of a segment, one field. */
  public static ErrorLocation of(String segment, int field) {
    return new ErrorLocation(segment, 1, field, field == 0 ? 0 : 1, 0);
  }

  /** Given occurrence of a segment, one field. */
  public static ErrorLocation of(String segment, int sequence, int field) {
    return new ErrorLocation(segment, sequence, field, field == 0 ? 0 : 1, 0);
  }

  /** Whether a segment is known. */
  public boolean isKnown() {
    return segment != null;
  }

  /** Short human form, e.g. {@code PID-3} or {@code OBX[1]-5}. */
  @Override
  public String toString() {
    if (segment == null) {
      return "-";
    }
    String seg = sequence > 1 ? segment + "[" + sequence + "]" : segment;
    return field == 0 ? seg : seg + "-" + field + (component > 0 ? "." + component : "");
  }
}
