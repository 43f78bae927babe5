package org.opendrimbox.xds.rim;

import java.util.List;

/** A named, multi-valued ebRIM slot. */
public record Slot(String name, List<String> values) {
  public Slot {
    values = List.copyOf(values);
  }

  public static Slot of(String name, String... values) {
    return new Slot(name, List.of(values));
  }
}
