package org.opendrimbox.source.internal;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.dicom.net.Association;
import org.opendrimbox.source.StudyRetriever.Plan;

/**
 * One study retrieval over several associations to the PACS. The work is a queue of C-GETs: a whole series (small,
 * or its size unknown and its listing refused), or a chunk of consecutive instances of a large series (image-level
 * C-GET of their SOP Instance UIDs). The queue is filled one series at a time, in the plan's order, when it runs dry,
 * so a series that a reader asks for while the retrieval runs is the next one listed. A series is announced done when
 * its last C-GET answered. The first association is the caller's; the others are opened on the device's executor (a
 * refused association or a full executor only means fewer). A failure stops every association after its current
 * C-GET and is rethrown.
 */
final class ParallelGet {
  private static final System.Logger LOG = System.getLogger(ParallelGet.class.getName());

  /** Default: series up to this size are fetched by one series-level C-GET (listing them costs more than it gains). */
  static final int SPLIT_MIN = 64;
  /** Chunks per association and series: small enough to even out, large enough to amortize a C-GET. */
  private static final int CHUNKS_PER_ASSOCIATION = 4;
  /** Instances per image-level C-GET at most (the UID list stays far below a UI element's 64 KiB). */
  private static final int CHUNK_MAX = 256;

  /** One C-GET: a series, or instances of it (null: the whole series). */
  private record Job(String series, List<String> instances) {}

  private final CGetRetriever retriever;
  private final String studyUid;
  private final Path dir;
  private final Plan plan;
  private final int associations;
  private final int splitMin;
  /** Instance count per series, as the PACS listed it (absent: unknown). */
  private final Map<String, Integer> counts = new HashMap<>();
  private final Deque<Job> queue = new ArrayDeque<>();
  private final Map<String, Integer> jobsLeft = new HashMap<>();
  private boolean listing;
  private boolean exhausted;
  private IOException failure;

  ParallelGet(CGetRetriever retriever, String studyUid, Path dir, Plan plan, List<Attributes> series,
      int associations, int splitMin) {
    this.retriever = retriever;
    this.splitMin = splitMin;
    this.studyUid = studyUid;
    this.dir = dir;
    this.plan = plan;
    this.associations = associations;
    for (Attributes s : series) {
      int n = s.getInt(Tag.NumberOfSeriesRelatedInstances, -1);
      if (n >= 0) {
        counts.put(s.getString(Tag.SeriesInstanceUID), n);
      }
    }
  }

  /** Runs the retrieval on first (connected, its C-STOREs to scp) and on up to associations - 1 more. */
  void run(Association first, CGetRetriever.CacheScp scp) throws IOException {
    int extra = associations - 1;
    CountDownLatch others = new CountDownLatch(extra);
    for (int k = 0; k < extra; k++) {
      try {
        retriever.device().executor().execute(() -> {
          try {
            extraAssociation();
          } finally {
            others.countDown();
          }
        });
      } catch (java.util.concurrent.RejectedExecutionException e) {
        LOG.log(Level.WARNING, "C-GET: no thread for an extra association, going on with fewer: {0}", e.toString());
        others.countDown();
      }
    }
    try {
      work(first, scp);
    } catch (IOException | RuntimeException e) {
      fail(e instanceof IOException io ? io : new IOException(e));
    }
    try {
      others.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail(new java.io.InterruptedIOException("interrupted while retrieving"));
    }
    synchronized (this) {
      if (failure != null) {
        throw failure;
      }
    }
  }

  private void extraAssociation() {
    CGetRetriever.CacheScp scp = new CGetRetriever.CacheScp(dir, plan);
    Association as;
    try {
      as = retriever.connect(scp);
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.WARNING, "C-GET from {0}: extra association refused, going on with fewer: {1}", retriever.pacs(),
          e.toString());
      return;
    }
    try {
      work(as, scp);
      as.release();
    } catch (IOException | RuntimeException e) {
      as.abort();
      fail(e instanceof IOException io ? io : new IOException(e));
    }
  }

  /** Takes and runs C-GETs until there are none left or a failure. */
  private void work(Association as, CGetRetriever.CacheScp scp) throws IOException {
    Job job;
    while ((job = take(as)) != null) {
      scp.series = job.series();
      Attributes keys = CGetRetriever.keys(job.instances() == null ? "SERIES" : "IMAGE", studyUid, job.series());
      if (job.instances() != null) {
        keys.setString(Tag.SOPInstanceUID, VR.UI, job.instances().toArray(String[]::new));
      }
      retriever.get(as, keys);
      done(job);
    }
  }

  /**
   * The next C-GET; null when the study is done or failed. When the queue is dry, the first association to ask lists
   * the next series of the plan (on its own association) while the others wait.
   */
  private Job take(Association as) throws IOException {
    String series;
    synchronized (this) {
      while (true) {
        if (failure != null) {
          return null;
        }
        if (!queue.isEmpty()) {
          return queue.poll();
        }
        if (exhausted) {
          return null;
        }
        if (!listing) {
          series = plan.nextSeries();
          if (series == null) {
            exhausted = true;
            notifyAll();
            return null;
          }
          listing = true;
          break;
        }
        waitForWork();
      }
    }
    List<Job> jobs;
    try {
      jobs = jobs(as, series);
    } finally {
      synchronized (this) {
        listing = false;
        notifyAll();
      }
    }
    synchronized (this) {
      jobsLeft.put(series, jobs.size());
      queue.addAll(jobs);
      notifyAll();
      return queue.poll();
    }
  }

  /**
   * The C-GETs of one series: one if it is small (or the PACS lists fewer instances than it counted), else chunks of
   * the instances the PACS lists.
   */
  private List<Job> jobs(Association as, String series) throws IOException {
    Integer count = counts.get(series);
    if (count != null && count <= splitMin) {
      return List.of(new Job(series, null));
    }
    List<String> uids = CGetRetriever.instances(as, studyUid, series);
    if (uids.size() <= splitMin || count != null && uids.size() < count) { // a truncated listing must not lose any
      return List.of(new Job(series, null));
    }
    int size = Math.min(CHUNK_MAX, -Math.floorDiv(-uids.size(), associations * CHUNKS_PER_ASSOCIATION));
    List<Job> jobs = new ArrayList<>();
    for (int from = 0; from < uids.size(); from += size) {
      jobs.add(new Job(series, uids.subList(from, Math.min(uids.size(), from + size))));
    }
    return jobs;
  }

  private void done(Job job) {
    boolean seriesDone;
    synchronized (this) {
      int left = jobsLeft.merge(job.series(), -1, Integer::sum);
      seriesDone = left == 0;
    }
    if (seriesDone) {
      plan.seriesDone(job.series());
    }
  }

  private synchronized void fail(IOException e) {
    if (failure == null) {
      failure = e;
    }
    notifyAll();
  }

  private void waitForWork() throws java.io.InterruptedIOException {
    try {
      wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("interrupted while retrieving");
    }
  }
}
