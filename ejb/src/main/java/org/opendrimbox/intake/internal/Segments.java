package org.opendrimbox.intake.internal;

import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.Structure;
import ca.uhn.hl7v2.util.ReadOnlyMessageIterator;
import ca.uhn.hl7v2.util.Terser;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A flat, version-independent view of the populated segments of a parsed message, in message
 * order, including segments HAPI did not expect (such as the pre-adopted PRT). Field access goes
 * through {@link Terser}, so typed and generic segments are read the same way.
 */
final class Segments {

  private final Map<String, List<Segment>> byName = new LinkedHashMap<>();

  private Segments() {}

  static Segments of(Message message) {
    Segments s = new Segments();
    Iterator<Structure> it = ReadOnlyMessageIterator.createPopulatedSegmentIterator(message);
    while (it.hasNext()) {
      Structure structure = it.next();
      if (structure instanceof Segment segment) {
        s.byName.computeIfAbsent(segment.getName(), k -> new ArrayList<>()).add(segment);
      }
    }
    return s;
  }

  List<Segment> all(String name) {
    return byName.getOrDefault(name, List.of());
  }

  Optional<Segment> first(String name) {
    return all(name).stream().findFirst();
  }

  /** Component value, trimmed, "" when absent (rep 0-based, component/sub 1-based). */
  static String get(Segment segment, int field, int rep, int component, int sub) {
    try {
      String v = Terser.get(segment, field, rep, component, sub);
      return v == null ? "" : v.strip();
    } catch (HL7Exception | RuntimeException e) {
      return "";
    }
  }

  /** First repetition, first subcomponent of a component. */
  static String get(Segment segment, int field, int component) {
    return get(segment, field, 0, component, 1);
  }

  /** Number of repetitions of a field (0 when absent). */
  static int repetitions(Segment segment, int field) {
    try {
      return segment.getField(field).length;
    } catch (HL7Exception | RuntimeException e) {
      return 0;
    }
  }
}
