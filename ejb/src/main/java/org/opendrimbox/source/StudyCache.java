package org.opendrimbox.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.opendrimbox.config.CacheSettings;
import org.opendrimbox.source.internal.InstanceList;
import org.opendrimbox.source.internal.StudyIndex;

/**
 * On-disk cache of whole studies (R28, DB.SO.40) under {@link CacheSettings#dir()}, filled from the PACS on the first
 * request or by {@link #prefetch}. A study being retrieved is readable at once: every reader of the same study shares
 * one retrieval and receives each instance as soon as its file is complete. The retrieval goes series by series,
 * those that readers wait for first, so a series reader gets its series (and its end) without waiting for the rest
 * of the study. Least recently read studies are evicted
 * above the size limit, and studies not read within the retention period are removed; a study being read is never
 * evicted. Memory does not depend on study size (instances are files, read by streaming).
 */
public final class StudyCache {

  private static final System.Logger LOG = System.getLogger(StudyCache.class.getName());

  private final CacheSettings config;
  private final StudyRetriever retriever;
  private final Executor executor;
  private final Clock clock;
  private final Map<String, Entry> studies = new HashMap<>();

  private static final class Entry {
    final StudyIndex index;
    final InstanceList list;
    final CompletableFuture<Integer> done = new CompletableFuture<>();
    int readers;
    Instant lastAccess;

    Entry(StudyIndex index, InstanceList list, Instant lastAccess) {
      this.index = index;
      this.list = list;
      this.lastAccess = lastAccess;
    }
  }

  public StudyCache(CacheSettings config, StudyRetriever retriever, Executor executor, Clock clock) {
    this.config = config;
    this.retriever = retriever;
    this.executor = executor;
    this.clock = clock;
    try {
      Files.createDirectories(config.dir());
      loadExisting();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the study cache " + config.dir(), e);
    }
  }

  /** Opens the instances of a study, starting its retrieval from the PACS if it is neither cached nor in progress. */
  public StudyFeed open(String studyUid) {
    return open(studyUid, null);
  }

  /**
   * Opens the instances of one series (seriesUid null: the whole study), starting the retrieval of the study from the
   * PACS with that series if the study is neither cached nor in progress, or moving the series ahead of those not yet
   * retrieved if it is in progress. The feed ends when the series is complete.
   */
  public StudyFeed open(String studyUid, String seriesUid) {
    StudyCoverage.requireUid(studyUid, "study");
    if (seriesUid != null) {
      StudyCoverage.requireUid(seriesUid, "series");
    }
    Entry e;
    Runnable start;
    synchronized (studies) {
      start = entryFor(studyUid);
      e = studies.get(studyUid);
      if (seriesUid != null) {
        e.list.prioritize(seriesUid);
      }
      e.readers++;
      e.lastAccess = clock.instant();
    }
    start.run();
    if (e.list.isDone() && !e.list.failed()) {
      e.index.touch(e.lastAccess);
    }
    return new Feed(studyUid, seriesUid, e);
  }

  /**
   * Starts caching a study (e.g. right after its KOS is published); completes with the number of instances, or
   * exceptionally if the PACS fails. Returns at once.
   */
  public CompletableFuture<Integer> prefetch(String studyUid) {
    StudyCoverage.requireUid(studyUid, "study");
    Runnable start;
    CompletableFuture<Integer> done;
    synchronized (studies) {
      start = entryFor(studyUid);
      done = studies.get(studyUid).done;
    }
    start.run();
    return done;
  }

  /** Whether the whole study is in the cache. */
  public boolean isCached(String studyUid) {
    synchronized (studies) {
      Entry e = studies.get(studyUid);
      return e != null && e.list.isDone() && !e.list.failed();
    }
  }

  /** Bytes held by complete and in-progress studies. */
  public long size() {
    synchronized (studies) {
      return studies.values().stream().mapToLong(e -> e.list.bytes()).sum();
    }
  }

  /** Applies retention and the size limit now (also done after each retrieval). Returns the evicted study count. */
  public int evict() {
    return evict(false);
  }

  /** Removes every study not being read or retrieved (administration, cold-cache benchmarks). */
  public int clear() {
    return evict(true);
  }

  private int evict(boolean all) {
    List<Entry> victims = new ArrayList<>();
    synchronized (studies) {
      Instant oldest = clock.instant().minus(config.retention());
      List<Entry> idle = studies.values().stream().filter(e -> e.readers == 0 && e.list.isDone())
          .sorted(Comparator.comparing(e -> e.lastAccess)).toList();
      long total = studies.values().stream().mapToLong(e -> e.list.bytes()).sum();
      for (Entry e : idle) {
        if (all || total > config.maxBytes() || e.lastAccess.isBefore(oldest)) {
          total -= e.list.bytes();
          victims.add(e);
          studies.values().remove(e);
        }
      }
    }
    for (Entry e : victims) {
      deleteQuietly(e.index);
    }
    if (!victims.isEmpty()) {
      LOG.log(Level.INFO, "Study cache: evicted {0} studies", victims.size());
    }
    return victims.size();
  }

  /**
   * Makes sure studies holds an entry for the study that is cached, being retrieved or about to be; returns what
   * starts its retrieval (run it once the lock is released and the readers' series are prioritized) or a no-op.
   */
  private Runnable entryFor(String studyUid) {
    Entry e = studies.get(studyUid);
    if (e != null && !(e.list.failed() && e.readers == 0)) {
      return () -> { };
    }
    StudyIndex index = new StudyIndex(config.dir(), studyUid);
    Entry created = new Entry(index, new InstanceList(), clock.instant());
    studies.put(studyUid, created);
    return () -> executor.execute(() -> retrieve(studyUid, created));
  }

  private void retrieve(String studyUid, Entry e) {
    long t0 = System.nanoTime();
    try {
      e.index.reset();
      retriever.retrieve(studyUid, e.index.dir(), new IndexingPlan(e));
      e.index.markComplete();
      e.index.touch(e.lastAccess);
      e.list.finish();
      int n = e.list.snapshot().size();
      LOG.log(Level.INFO, "Study cache: retrieved {0} instances ({1} bytes) in {2} ms", n, e.list.bytes(),
          (System.nanoTime() - t0) / 1_000_000);
      e.done.complete(n);
      if (n == 0) {
        forget(studyUid, e);
      }
    } catch (IOException | RuntimeException x) {
      LOG.log(Level.WARNING, "Study cache: retrieval from the PACS failed: " + x);
      e.index.abandon();
      e.list.fail(x);
      e.done.completeExceptionally(x);
      forget(studyUid, e);
    }
    evict();
  }

  private void forget(String studyUid, Entry e) {
    synchronized (studies) {
      if (e.readers == 0 && studies.get(studyUid) == e) {
        studies.remove(studyUid);
        deleteQuietly(e.index);
      }
    }
  }

  private void release(String studyUid, Entry e) {
    synchronized (studies) {
      e.readers--;
    }
    if (e.list.isDone() && (e.list.failed() || e.list.snapshot().isEmpty())) {
      forget(studyUid, e);
    }
  }

  private void loadExisting() throws IOException {
    try (Stream<Path> dirs = Files.list(config.dir())) {
      for (Path dir : dirs.filter(Files::isDirectory).toList()) {
        String uid = dir.getFileName().toString();
        StudyIndex index = new StudyIndex(config.dir(), uid);
        if (index.isComplete() && StudyCoverage.isUid(uid)) {
          studies.put(uid, new Entry(index, InstanceList.complete(index.read()), index.lastAccess()));
        } else {
          index.delete(); // leftover of an interrupted retrieval
        }
      }
    }
  }

  private static void deleteQuietly(StudyIndex index) {
    try {
      index.delete();
    } catch (IOException x) {
      LOG.log(Level.WARNING, "Study cache: cannot delete " + index.dir() + ": " + x);
    }
  }

  /** The retrieval's plan: the shared instance list, each instance appended to the index file first. */
  private static final class IndexingPlan implements StudyRetriever.Plan {
    private final Entry entry;

    IndexingPlan(Entry entry) {
      this.entry = entry;
    }

    @Override
    public void series(List<String> seriesUids) {
      entry.list.series(seriesUids);
    }

    @Override
    public String nextSeries() {
      return entry.list.nextSeries();
    }

    @Override
    public void stored(CachedInstance instance) {
      try {
        entry.index.append(instance);
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
      entry.list.stored(instance);
    }

    @Override
    public void seriesDone(String seriesUid) {
      entry.list.seriesDone(seriesUid);
    }
  }

  private final class Feed implements StudyFeed {
    private final String studyUid;
    private final String seriesUid;
    private final Entry entry;
    private int next;
    private boolean closed;

    Feed(String studyUid, String seriesUid, Entry entry) {
      this.studyUid = studyUid;
      this.seriesUid = seriesUid;
      this.entry = entry;
    }

    @Override
    public CachedInstance next() throws IOException {
      CachedInstance i = seriesUid == null ? entry.list.await(next) : entry.list.await(seriesUid, next);
      if (i != null) {
        next++;
      }
      return i;
    }

    @Override
    public void close() {
      if (!closed) {
        closed = true;
        release(studyUid, entry);
      }
    }
  }
}
