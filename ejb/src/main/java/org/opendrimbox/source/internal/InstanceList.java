package org.opendrimbox.source.internal;

import java.util.ArrayList;
import java.util.List;
import org.opendrimbox.source.CachedInstance;
import org.opendrimbox.source.SourceException;

/**
 * The instances of one study, shared by every reader: complete when loaded from the cache index, growing while a
 * retrieval runs. Readers wait on it for the next instance, the end, or the failure.
 */
public final class InstanceList {

  private final List<CachedInstance> instances = new ArrayList<>();
  private boolean done;
  private Exception failure;

  /** A finished list (cached study). */
  public static InstanceList complete(List<CachedInstance> all) {
    InstanceList l = new InstanceList();
    l.instances.addAll(all);
    l.done = true;
    return l;
  }

  public synchronized void add(CachedInstance i) {
    instances.add(i);
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
   * The instance at index, waiting until it exists; null when the list ended before it.
   *
   * @throws SourceException UNAVAILABLE if the retrieval failed before that index
   */
  public synchronized CachedInstance await(int index) throws java.io.InterruptedIOException {
    while (index >= instances.size() && !done) {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while waiting for the PACS");
      }
    }
    if (index < instances.size()) {
      return instances.get(index);
    }
    if (failure != null) {
      throw new SourceException(SourceException.Reason.UNAVAILABLE,
          "retrieval from the PACS failed: " + failure.getMessage(), failure);
    }
    return null;
  }
}
