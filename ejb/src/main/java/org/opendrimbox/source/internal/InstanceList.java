package org.opendrimbox.source.internal;

import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendrimbox.source.CachedInstance;
import org.opendrimbox.source.SourceException;
import org.opendrimbox.source.StudyRetriever;

/**
 * The instances of one study, shared by every reader and by the retrieval that fills it: complete when loaded from
 * the cache index, growing while a retrieval runs. Readers of the study wait for the next instance in arrival order,
 * readers of a series for the next instance of that series or its end; both for the failure. As the retrieval's
 * {@link StudyRetriever.Plan} it hands out the series to retrieve, those that readers asked for first. Holds only
 * the descriptions of the instances (a few hundred bytes each), never their content.
 */
public final class InstanceList implements StudyRetriever.Plan {

  private final List<CachedInstance> instances = new ArrayList<>();
  private final Map<String, List<CachedInstance>> bySeries = new HashMap<>();
  private final Set<String> seriesDone = new HashSet<>();
  private final Set<String> wanted = new LinkedHashSet<>();
  private final Deque<String> pending = new ArrayDeque<>();
  private Set<String> listed;
  private boolean done;
  private Exception failure;

  /** A finished list (cached study). */
  public static InstanceList complete(List<CachedInstance> all) {
    InstanceList l = new InstanceList();
    all.forEach(l::stored);
    l.done = true;
    return l;
  }

  @Override
  public synchronized void series(List<String> seriesUids) {
    listed = new HashSet<>(seriesUids);
    wanted.stream().filter(listed::contains).forEach(pending::add);
    seriesUids.stream().filter(s -> !wanted.contains(s)).distinct().forEach(pending::add);
    notifyAll();
  }

  @Override
  public synchronized String nextSeries() {
    return pending.poll();
  }

  /** Moves a series ahead of the others not yet retrieved (a reader waits for it). */
  public synchronized void prioritize(String seriesUid) {
    wanted.add(seriesUid);
    if (pending.remove(seriesUid)) {
      pending.addFirst(seriesUid);
    }
  }

  @Override
  public synchronized void stored(CachedInstance i) {
    instances.add(i);
    bySeries.computeIfAbsent(i.seriesUid(), s -> new ArrayList<>()).add(i);
    notifyAll();
  }

  @Override
  public synchronized void seriesDone(String seriesUid) {
    seriesDone.add(seriesUid);
    notifyAll();
  }

  public synchronized void finish() {
    done = true;
    notifyAll();
  }

  public synchronized void fail(Exception e) {
    failure = e;
    done = true;
    notifyAll();
  }

  public synchronized boolean isDone() {
    return done;
  }

  public synchronized boolean failed() {
    return failure != null;
  }

  public synchronized List<CachedInstance> snapshot() {
    return List.copyOf(instances);
  }

  public synchronized long bytes() {
    return instances.stream().mapToLong(CachedInstance::size).sum();
  }

  /**
   * The instance at index in arrival order, waiting until it exists; null when the study ended before it.
   *
   * @throws SourceException UNAVAILABLE if the retrieval failed before that index
   */
  public synchronized CachedInstance await(int index) throws InterruptedIOException {
    while (index >= instances.size() && !done) {
      waitForChange();
    }
    if (index < instances.size()) {
      return instances.get(index);
    }
    throwIfFailed();
    return null;
  }

  /**
   * The instance at index of one series, waiting until it exists; null when the series ended before it (it can end
   * long before the study does).
   *
   * @throws SourceException UNAVAILABLE if the retrieval failed before the end of the series
   */
  public synchronized CachedInstance await(String seriesUid, int index) throws InterruptedIOException {
    List<CachedInstance> series = bySeries.getOrDefault(seriesUid, List.of());
    while (index >= series.size() && !done && !seriesEnded(seriesUid)) {
      waitForChange();
      series = bySeries.getOrDefault(seriesUid, List.of());
    }
    if (index < series.size()) {
      return series.get(index);
    }
    if (!seriesEnded(seriesUid)) {
      throwIfFailed();
    }
    return null;
  }

  /** The PACS sent the whole series, or does not list it. */
  private boolean seriesEnded(String seriesUid) {
    return seriesDone.contains(seriesUid) || listed != null && !listed.contains(seriesUid);
  }

  private void throwIfFailed() {
    if (failure != null) {
      throw new SourceException(SourceException.Reason.UNAVAILABLE,
          "retrieval from the PACS failed: " + failure.getMessage(), failure);
    }
  }

  private void waitForChange() throws InterruptedIOException {
    try {
      wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for the PACS");
    }
  }
}
