package org.opendrimbox.iocm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opendrimbox.jpa.entity.RejectionEffect.Effect;

class RejectionRuleTest {

  private static final Set<String> KOS = Set.of("1", "2", "3");

  @Test
  void aStudyWithoutKosInTheDmpIsOnlyRecorded() {
    assertThat(RejectionRule.decide(null, Set.of(), Set.of("1"))).isEqualTo(Effect.NOT_PUBLISHED);
  }

  @Test
  void rejectingSomeInstancesReplacesTheKos() {
    assertThat(RejectionRule.decide(KOS, Set.of(), Set.of("1", "2"))).isEqualTo(Effect.REPLACE);
  }

  @Test
  void rejectingEveryInstanceWithdrawsTheKos() {
    assertThat(RejectionRule.decide(KOS, Set.of(), Set.of("1", "2", "3"))).isEqualTo(Effect.WITHDRAW);
  }

  @Test
  void earlierRejectionsCountTowardsTheWithdrawal() {
    assertThat(RejectionRule.decide(KOS, Set.of("1", "2"), Set.of("3"))).isEqualTo(Effect.WITHDRAW);
  }

  @Test
  void instancesAlreadyRejectedOrNotInTheKosChangeNothing() {
    assertThat(RejectionRule.decide(KOS, Set.of("1"), Set.of("1"))).isEqualTo(Effect.NO_CHANGE);
    assertThat(RejectionRule.decide(KOS, Set.of(), Set.of("9"))).isEqualTo(Effect.NO_CHANGE);
  }
}
