package org.opendrimbox.iocm;

import java.util.List;
import org.opendrimbox.jpa.entity.RejectionEffect.Effect;

/**
 * What became of a received rejection note: stored now or already stored (a duplicate has no new effect),
 * and its effect per study.
 */
public record Outcome(boolean duplicate, List<StudyEffect> effects) {

  public Outcome {
    effects = List.copyOf(effects);
  }

  /** The effect on one study, with the publication task queued for it (REPLACE, WITHDRAW). */
  public record StudyEffect(String studyUid, Effect effect, Long taskId) {}
}
