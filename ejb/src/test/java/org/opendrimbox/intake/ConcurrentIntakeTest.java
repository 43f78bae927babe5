package org.opendrimbox.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One parser instance shared by several threads gives the same results as sequential use. */
class ConcurrentIntakeTest {

  private static final String[] FIXTURES = {"CR_C-ORU.hl7", "CR_C-MDM.hl7", "CR_G1_MAJ-ORU.hl7",
      "CR_I_Depublication-MDM.hl7", "CR_W_Suppression-OMI.hl7", "OMI_O23-ImagingOrder.hl7"};

  @Test
  void sharedParserIsThreadSafe() throws Exception {
    Hl7IntakeParser parser = new Hl7IntakeParser();
    List<IntakeResult> expected = new ArrayList<>();
    for (String f : FIXTURES) {
      expected.add(parser.parse(Fixtures.bytes(f)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<IntakeResult>> futures = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        for (String f : FIXTURES) {
          byte[] bytes = Fixtures.bytes(f);
          futures.add(pool.submit(() -> parser.parse(bytes)));
        }
      }
      for (int i = 0; i < futures.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i % FIXTURES.length));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
