package org.opendrimbox.intake;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Throughput of parse + validate + ACK on the official exam C ORU (325 KB with its CDA), one shared
 * parser: CPU time per message on one thread (robust to a loaded machine), then wall-clock rate
 * on 2 threads. Not a unit test; run it with
 * {@code mvn -o -q -pl ejb exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.opendrimbox.intake.IntakeThroughput [-Dexec.args=3000]}.
 */
public final class IntakeThroughput {

  private IntakeThroughput() {}

  public static void main(String[] args) throws InterruptedException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    byte[] message = Fixtures.bytes("CR_C-ORU.hl7");
    Hl7IntakeParser parser = new Hl7IntakeParser();
    for (int i = 0; i < 300; i++) {
      parser.ack(parser.parse(message));
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long cpuStart = cpu.getCurrentThreadCpuTime();
    long wallStart = System.nanoTime();
    for (int i = 0; i < count; i++) {
      parser.ack(parser.parse(message));
    }
    double cpuMs = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6 / count;
    double wallMs = (System.nanoTime() - wallStart) / 1e6 / count;
    System.out.printf("1 thread: %.2f ms CPU per message (%.0f messages per CPU second), %.2f ms wall%n",
        cpuMs, 1000 / cpuMs, wallMs);
    int threads = 2;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger accepted = new AtomicInteger();
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      pool.execute(() -> {
        IntakeResult result = parser.parse(message);
        parser.ack(result);
        if (result instanceof IntakeResult.Accepted) {
          accepted.incrementAndGet();
        }
      });
    }
    pool.shutdown();
    pool.awaitTermination(10, TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%d threads: %d messages (%d accepted) in %.2f s = %.0f messages/s (wall)%n",
        threads, count, accepted.get(), seconds, count / seconds);
  }
}
