package org.opendrimbox.xds.rim;

import java.util.List;

/**
 * An ebRIM classification: either a coded value (scheme + nodeRepresentation + codingScheme slot +
 * display name), an author (scheme + person/institution slots), or a node marker (classificationNode).
 */
public record Classification(
    String id,
    String scheme,
    String node,
    String classifiedObject,
    String nodeRepresentation,
    String displayName,
    List<Slot> slots) implements HasSlots {

  public Classification {
    slots = List.copyOf(slots);
  }

  /** A coded classification (classCode, typeCode, eventCode…). */
  public static Classification code(String id, String scheme, String object, Code code) {
    return new Classification(id, scheme, null, object, code.code(), code.displayName(),
        List.of(Slot.of("codingScheme", code.codingScheme())));
  }

  /** The classification node marker (e.g. the SubmissionSet node). */
  public static Classification node(String id, String node, String object) {
    return new Classification(id, null, node, object, null, null, List.of());
  }

  /** The coded value carried by this classification. */
  public Code toCode() {
    return new Code(nodeRepresentation, slotValue("codingScheme").orElse(null), displayName);
  }
}
