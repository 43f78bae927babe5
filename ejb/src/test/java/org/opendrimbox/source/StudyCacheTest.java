package org.opendrimbox.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.config.CacheSettings;
import org.opendrimbox.dicom.data.UID;

/** Cache policy with a fake PACS and a settable clock: LRU under the size limit, retention, failures, restart. */
class StudyCacheTest {

  @TempDir Path root;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final AtomicInteger retrievals = new AtomicInteger();
  private volatile boolean pacsDown;
  private Instant now = Instant.parse("2026-01-01T00:00:00Z");

  /** Three instances per study, about 1 KB each. */
  private final StudyRetriever fakePacs = (uid, dir, plan) -> {
    retrievals.incrementAndGet();
    if (pacsDown) {
      throw new IOException("association rejected");
    }
    for (int i = 1; i <= 3; i++) {
      plan.stored(TestInstances.write(dir, UID.ExplicitVRLittleEndian, uid, uid + ".1", uid + ".1." + i, 1));
    }
  };

  private final Clock clock = new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  };

  @AfterEach
  void stop() throws InterruptedException {
    executor.shutdownNow();
    executor.awaitTermination(10, TimeUnit.SECONDS);
  }

  private StudyCache cache(long maxBytes) {
    return new StudyCache(new CacheSettings(root, maxBytes, Duration.ofDays(2)), fakePacs, executor, clock);
  }

  private static int read(StudyCache cache, String uid) throws IOException {
    int n = 0;
    try (StudyFeed f = cache.open(uid)) {
      while (f.next() != null) {
        n++;
      }
    }
    return n;
  }

  @Test
  void leastRecentlyReadStudyGoesFirstAboveTheLimit() throws Exception {
    StudyCache cache = cache(Long.MAX_VALUE);
    for (String s : List.of("1.1", "1.2", "1.3")) {
      assertThat(read(cache, s)).isEqualTo(3);
      now = now.plusSeconds(60);
    }
    read(cache, "1.1"); // 1.2 is now the least recently read
    long oneStudy = cache.size() / 3;
    StudyCache limited = new StudyCache(new CacheSettings(root, 2 * oneStudy + oneStudy / 2, Duration.ofDays(2)),
        fakePacs, executor, clock);
    assertThat(limited.evict()).isEqualTo(1);
    assertThat(limited.isCached("1.2")).isFalse();
    assertThat(limited.isCached("1.1")).isTrue();
    assertThat(limited.isCached("1.3")).isTrue();
    assertThat(retrievals.get()).isEqualTo(3);
  }

  @Test
  void studiesNotReadWithinRetentionAreRemoved() throws Exception {
    StudyCache cache = cache(Long.MAX_VALUE);
    read(cache, "2.1");
    now = now.plus(Duration.ofDays(1));
    read(cache, "2.2");
    now = now.plus(Duration.ofDays(1)).plusSeconds(1);
    assertThat(cache.evict()).isEqualTo(1);
    assertThat(cache.isCached("2.1")).isFalse();
    assertThat(cache.isCached("2.2")).isTrue();
    assertThat(root.resolve("2.1")).doesNotExist();
  }

  @Test
  void failedRetrievalIsRetriedByTheNextRequest() throws Exception {
    StudyCache cache = cache(Long.MAX_VALUE);
    pacsDown = true;
    assertThatThrownBy(() -> read(cache, "3.1")).isInstanceOfSatisfying(SourceException.class,
        e -> assertThat(e.reason()).isEqualTo(SourceException.Reason.UNAVAILABLE));
    pacsDown = false;
    assertThat(read(cache, "3.1")).isEqualTo(3);
    assertThat(retrievals.get()).isEqualTo(2);
    assertThat(read(cache, "3.1")).isEqualTo(3);
    assertThat(retrievals.get()).isEqualTo(2);
  }

  @Test
  void restartKeepsCompleteStudiesAndDropsPartialOnes() throws Exception {
    read(cache(Long.MAX_VALUE), "4.1");
    Path partial = Files.createDirectories(root.resolve("4.2"));
    Files.writeString(partial.resolve("index.tsv"), "");
    StudyCache restarted = cache(Long.MAX_VALUE);
    assertThat(restarted.isCached("4.1")).isTrue();
    assertThat(partial).doesNotExist();
    assertThat(read(restarted, "4.1")).isEqualTo(3);
    assertThat(retrievals.get()).isEqualTo(1);
  }

  @Test
  void invalidStudyUidIsRejected() {
    assertThatThrownBy(() -> cache(Long.MAX_VALUE).open("../etc")).isInstanceOfSatisfying(SourceException.class,
        e -> assertThat(e.reason()).isEqualTo(SourceException.Reason.BAD_REQUEST));
  }

  @Test
  void aSeriesReaderIsServedFirstAndItsFeedEndsWithItsSeries() throws Exception {
    List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.concurrent.CountDownLatch restOfStudy = new java.util.concurrent.CountDownLatch(1);
    StudyRetriever seriesPacs = (uid, dir, plan) -> {
      plan.series(List.of(uid + ".1", uid + ".2", uid + ".3"));
      String series;
      while ((series = plan.nextSeries()) != null) {
        if (!order.isEmpty()) {
          awaitQuietly(restOfStudy); // the other series only once the test lets them go
        }
        order.add(series);
        for (int i = 1; i <= 2; i++) {
          plan.stored(TestInstances.write(dir, UID.ExplicitVRLittleEndian, uid, series, series + "." + i, 1));
        }
        plan.seriesDone(series);
      }
    };
    StudyCache cache = new StudyCache(new CacheSettings(root, Long.MAX_VALUE, Duration.ofDays(2)), seriesPacs,
        executor, clock);
    List<String> got = new java.util.ArrayList<>();
    try (StudyFeed feed = cache.open("5.1", "5.1.3")) {
      CachedInstance i;
      while ((i = feed.next()) != null) { // ends although the study is not complete
        got.add(i.sopInstanceUid());
      }
    }
    assertThat(got).containsExactly("5.1.3.1", "5.1.3.2");
    assertThat(order).containsExactly("5.1.3");
    assertThat(cache.isCached("5.1")).isFalse();
    try (StudyFeed unknown = cache.open("5.1", "5.1.9")) {
      assertThat(unknown.next()).isNull(); // the PACS does not list it
    }
    restOfStudy.countDown();
    assertThat(cache.prefetch("5.1").get(10, TimeUnit.SECONDS)).isEqualTo(6);
    assertThat(order).containsExactly("5.1.3", "5.1.1", "5.1.2");
    try (StudyFeed again = cache.open("5.1", "5.1.2")) {
      assertThat(again.next().sopInstanceUid()).isEqualTo("5.1.2.1");
      assertThat(again.next().sopInstanceUid()).isEqualTo("5.1.2.2");
      assertThat(again.next()).isNull();
    }
  }

  private static void awaitQuietly(java.util.concurrent.CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new IllegalStateException("the test never released the rest of the study");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
