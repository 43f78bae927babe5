package org.opendrimbox.iocm;

import java.util.HashSet;
import java.util.Set;
import org.opendrimbox.jpa.entity.RejectionEffect.Effect;

/**
 * What a rejection note does to a study's publication, decided from what the box knows without asking
 * anyone: the instances of the study's current KOS and the instances rejected so far. Pure logic.
 */
final class RejectionRule {

  private RejectionRule() {}

  /**
   * @param kosInstances the instances of the study's current KOS, or null when the study has none in the DMP
   * @param previouslyRejected the study's instances rejected by earlier notes
   * @param rejectedByNote the study's instances this note rejects
   */
  static Effect decide(Set<String> kosInstances, Set<String> previouslyRejected, Set<String> rejectedByNote) {
    if (kosInstances == null) {
      return Effect.NOT_PUBLISHED;
    }
    Set<String> fresh = new HashSet<>(rejectedByNote);
    fresh.removeAll(previouslyRejected);
    fresh.retainAll(kosInstances);
    if (fresh.isEmpty()) {
      return Effect.NO_CHANGE;
    }
    Set<String> remaining = new HashSet<>(kosInstances);
    remaining.removeAll(previouslyRejected);
    remaining.removeAll(rejectedByNote);
    return remaining.isEmpty() ? Effect.WITHDRAW : Effect.REPLACE;
  }
}
