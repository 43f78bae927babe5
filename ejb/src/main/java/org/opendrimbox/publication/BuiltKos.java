package org.opendrimbox.publication;

import java.util.List;

/** A KOS manifest built for one study, ready to publish. */
public record BuiltKos(String sopInstanceUid, String studyInstanceUid, byte[] bytes, List<String> modalities) {

  public BuiltKos {
    modalities = List.copyOf(modalities);
  }
}
