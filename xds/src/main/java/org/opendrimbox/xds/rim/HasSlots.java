package org.opendrimbox.xds.rim;

import java.util.List;
import java.util.Optional;

/** Slot look-ups shared by every registry object. */
public interface HasSlots {
  List<Slot> slots();

  /** All values of the named slot (empty when absent). */
  default List<String> slotValues(String name) {
    return slots().stream().filter(s -> s.name().equals(name)).findFirst()
        .map(Slot::values).orElse(List.of());
  }

  /** The first value of the named slot. */
  default Optional<String> slotValue(String name) {
    return slotValues(name).stream().findFirst();
  }
}
