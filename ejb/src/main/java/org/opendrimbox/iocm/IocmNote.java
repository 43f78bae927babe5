package org.opendrimbox.iocm;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A checked IOCM rejection note: its own SOP Instance UID (what makes a second reception a duplicate), its
 * reason and the instances it rejects (at least one).
 */
public record IocmNote(String sopInstanceUid, RejectionReason reason, List<RejectedRef> rejected) {

  public IocmNote {
    rejected = List.copyOf(rejected);
    if (rejected.isEmpty()) {
      throw new IllegalArgumentException("a rejection note rejects at least one instance");
    }
  }

  /** The rejected SOP Instance UIDs per Study Instance UID, in the note's order. */
  public Map<String, Set<String>> byStudy() {
    Map<String, Set<String>> m = new LinkedHashMap<>();
    for (RejectedRef r : rejected) {
      m.computeIfAbsent(r.studyUid(), k -> new LinkedHashSet<>()).add(r.sopInstanceUid());
    }
    return m;
  }
}
