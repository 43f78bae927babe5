package org.opendrimbox.xds.rim;

import java.util.List;

/** An ebRIM Association (HasMember, signs, RPLC, UpdateAvailabilityStatus…). */
public record Association(
    String id, String type, String sourceObject, String targetObject, List<Slot> slots)
    implements HasSlots {

  public Association {
    slots = List.copyOf(slots);
  }
}
