package org.opendrimbox.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.config.CacheSettings;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.UidGenerator;
import org.opendrimbox.dicom.io.DicomInputStream;
import org.opendrimbox.dicom.net.ConnectionSettings;
import org.opendrimbox.dicom.net.Device;
import org.opendrimbox.dicom.net.RemoteAe;
import org.opendrimbox.pacs.OrthancPacs;
import org.opendrimbox.source.internal.CGetRetriever;

/**
 * The data path against a real Orthanc: study-level C-GET into the cache, concurrent readers sharing one retrieval,
 * warm reads after a restart without the PACS, unknown study, PACS down, eviction; plus calibration and QIDO C-FIND.
 */
class StudyCacheOrthancTest {

  static final int SERIES_A = 10;
  static final int SERIES_B = 30;

  @TempDir static Path work;
  static OrthancPacs orthanc;
  static Device device;
  static ExecutorService executor;
  static String study;
  static String seriesA;
  static String seriesB;
  static RemoteAe pacs;

  @BeforeAll
  static void start() throws Exception {
    orthanc = OrthancPacs.start(work.resolve("orthanc"), "DRIMBOX");
    study = UidGenerator.newUid();
    seriesA = UidGenerator.newUid();
    seriesB = UidGenerator.newUid();
    Path files = Files.createDirectories(work.resolve("files"));
    for (int i = 0; i < SERIES_A + SERIES_B; i++) {
      String ts = i % 2 == 0 ? UID.ImplicitVRLittleEndian : UID.ExplicitVRLittleEndian;
      CachedInstance c = TestInstances.write(files, ts, study, i < SERIES_A ? seriesA : seriesB,
          UidGenerator.newUid(), 1);
      orthanc.store(Files.readAllBytes(c.file()));
    }
    executor = Executors.newCachedThreadPool();
    device = new Device("DRIMBOX", ConnectionSettings.defaults(), executor);
    pacs = new RemoteAe(OrthancPacs.AET, "127.0.0.1", orthanc.address().port());
  }

  @AfterAll
  static void stop() throws Exception {
    if (device != null) {
      device.close();
    }
    if (executor != null) {
      executor.shutdownNow();
      executor.awaitTermination(10, TimeUnit.SECONDS);
    }
    if (orthanc != null) {
      orthanc.close();
    }
  }

  private static StudyCache cache(Path root, long maxBytes, AtomicInteger retrievals) {
    CGetRetriever cget = new CGetRetriever(device, "DRIMBOX", pacs);
    StudyRetriever counting = (uid, dir, plan) -> {
      retrievals.incrementAndGet();
      cget.retrieve(uid, dir, plan);
    };
    return new StudyCache(new CacheSettings(root, maxBytes, Duration.ofDays(30)), counting, executor,
        Clock.systemUTC());
  }

  /** The instance's bytes are a Part 10 stream of exactly its size, of that SOP instance. */
  private static void isItsPart10Stream(CachedInstance i) {
    try (InputStream in = i.open(); DicomInputStream dis = new DicomInputStream(in)) {
      assertThat(dis.readFileMetaInformation().getString(Tag.MediaStorageSOPInstanceUID))
          .isEqualTo(i.sopInstanceUid());
      assertThat(dis.readDataset().getString(Tag.SOPInstanceUID)).isEqualTo(i.sopInstanceUid());
      assertThat(dis.position()).isEqualTo(i.size());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<CachedInstance> readAll(StudyCache cache, String uid) throws IOException {
    List<CachedInstance> out = new ArrayList<>();
    try (StudyFeed feed = cache.open(uid)) {
      CachedInstance i;
      while ((i = feed.next()) != null) {
        out.add(i);
      }
    }
    return out;
  }

  @Test
  void concurrentReadersShareOneRetrievalThenTheCacheServesWithoutPacs() throws Exception {
    Path root = work.resolve("cache1");
    AtomicInteger retrievals = new AtomicInteger();
    StudyCache cache = cache(root, Long.MAX_VALUE, retrievals);
    List<Future<List<CachedInstance>>> readers = new ArrayList<>();
    for (int r = 0; r < 4; r++) {
      readers.add(executor.submit(() -> readAll(cache, study)));
    }
    List<String> first = null;
    for (Future<List<CachedInstance>> f : readers) {
      List<CachedInstance> got = f.get(60, TimeUnit.SECONDS);
      assertThat(got).hasSize(SERIES_A + SERIES_B);
      assertThat(got).allSatisfy(StudyCacheOrthancTest::isItsPart10Stream);
      List<String> sops = got.stream().map(CachedInstance::sopInstanceUid).toList();
      if (first != null) {
        assertThat(sops).isEqualTo(first);
      }
      first = sops;
    }
    assertThat(retrievals.get()).isEqualTo(1);
    assertThat(cache.isCached(study)).isTrue();
    assertThat(readAll(cache, study).stream().filter(i -> i.seriesUid().equals(seriesA))).hasSize(SERIES_A);
    assertThat(readAll(cache, study).stream().map(CachedInstance::transferSyntax).distinct())
        .containsAnyOf(UID.ExplicitVRLittleEndian, UID.ImplicitVRLittleEndian);

    AtomicInteger after = new AtomicInteger();
    StudyCache restarted = cache(root, Long.MAX_VALUE, after);
    assertThat(restarted.isCached(study)).isTrue();
    assertThat(readAll(restarted, study)).hasSize(SERIES_A + SERIES_B);
    assertThat(after.get()).isZero();
  }

  /**
   * A cold series request: the retrieval holds the second instance until the reader has the first, and every
   * instance of the other series until the reader has reached the end of its series; so the test only passes if the
   * series is retrieved first, each instance is handed over as it arrives, and the series feed ends with the series.
   * The series asked for is the one the PACS lists last (it would come last without the reordering).
   */
  @Test
  void aSeriesIsStreamedAsItArrivesAndEndsBeforeTheRestOfTheStudy() throws Exception {
    List<String> listed = new ArrayList<>();
    new PacsQido(device, "DRIMBOX", pacs).find(PacsQido.keys(PacsQido.Level.SERIES,
        java.util.Map.of("StudyInstanceUID", study), List.of()), 0, a -> listed.add(a.getString(Tag.SeriesInstanceUID)));
    String wanted = listed.get(listed.size() - 1);
    int expected = wanted.equals(seriesA) ? SERIES_A : SERIES_B;
    CGetRetriever cget = new CGetRetriever(device, "DRIMBOX", pacs);
    CountDownLatch readerHasFirst = new CountDownLatch(1);
    CountDownLatch readerAtEnd = new CountDownLatch(1);
    AtomicInteger stored = new AtomicInteger();
    AtomicBoolean held = new AtomicBoolean();
    StudyRetriever hooked = (uid, dir, plan) -> cget.retrieve(uid, dir, new StudyRetriever.Plan() {
      @Override
      public void series(List<String> seriesUids) {
        plan.series(seriesUids);
      }

      @Override
      public String nextSeries() {
        return plan.nextSeries();
      }

      @Override
      public void stored(CachedInstance instance) {
        if (stored.incrementAndGet() == 2) {
          hold(readerHasFirst, held);
        }
        if (!instance.seriesUid().equals(wanted)) {
          hold(readerAtEnd, held);
        }
        plan.stored(instance);
      }

      @Override
      public void seriesDone(String seriesUid) {
        plan.seriesDone(seriesUid);
      }
    });
    StudyCache cache = new StudyCache(new CacheSettings(work.resolve("cache7"), Long.MAX_VALUE, Duration.ofDays(1)),
        hooked, executor, Clock.systemUTC());
    int read = 0;
    boolean studyCompleteAtSeriesEnd;
    try (StudyFeed feed = cache.open(study, wanted)) {
      CachedInstance first = feed.next();
      readerHasFirst.countDown();
      assertThat(first.seriesUid()).isEqualTo(wanted);
      read++;
      while (feed.next() != null) {
        read++;
      }
      studyCompleteAtSeriesEnd = cache.isCached(study);
    } finally {
      readerAtEnd.countDown();
    }
    assertThat(read).isEqualTo(expected);
    assertThat(studyCompleteAtSeriesEnd).isFalse();
    assertThat(cache.prefetch(study).get(60, TimeUnit.SECONDS)).isEqualTo(SERIES_A + SERIES_B);
    assertThat(held).as("the retrieval waited for a reader in vain").isFalse();
  }

  /** Waits for the reader (the retrieval thread is the PACS's association reader: Orthanc waits meanwhile). */
  private static void hold(CountDownLatch reader, AtomicBoolean timedOut) {
    try {
      if (!reader.await(20, TimeUnit.SECONDS)) {
        timedOut.set(true);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void servedInstancesCarryTheInsAndExplicitVr() throws Exception {
    StudyCache cache = cache(work.resolve("cache2"), Long.MAX_VALUE, new AtomicInteger());
    Negotiation n = AnsSamples.instanceNegotiation("simulator-OK_Series.txt");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InstancePartWriter w = new InstancePartWriter(out, "odb-x", n, new InsCoercion(StudyCoverageTest.INS));
    try (StudyFeed feed = cache.open(study)) {
      CachedInstance i;
      while ((i = feed.next()) != null) {
        if (i.seriesUid().equals(seriesA)) {
          w.write(i);
        }
      }
    }
    w.finish();
    List<InstancePartWriterTest.Part> parts = InstancePartWriterTest.parse(out.toByteArray(), "odb-x");
    assertThat(parts).hasSize(SERIES_A).allSatisfy(p -> {
      assertThat(p.fmi().getString(Tag.TransferSyntaxUID)).isEqualTo(UID.ExplicitVRLittleEndian);
      assertThat(p.data().getNestedDataset(Tag.OtherPatientIDsSequence).getString(Tag.PatientID))
          .isEqualTo(StudyCoverageTest.INS.value());
      assertThat(p.data().getBytes(Tag.PixelData)).isEqualTo(TestInstances.pixels(1));
    });
  }

  @Test
  void unknownStudyEndsEmptyAndIsNotKept() throws Exception {
    StudyCache cache = cache(work.resolve("cache3"), Long.MAX_VALUE, new AtomicInteger());
    String unknown = UidGenerator.newUid();
    assertThat(readAll(cache, unknown)).isEmpty();
    assertThat(cache.isCached(unknown)).isFalse();
  }

  @Test
  void pacsDownIsUnavailable() {
    RemoteAe down;
    try {
      down = new RemoteAe(OrthancPacs.AET, "127.0.0.1", OrthancPacs.freePort());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    StudyCache cache = new StudyCache(new CacheSettings(work.resolve("cache4"), Long.MAX_VALUE, Duration.ofDays(1)),
        new CGetRetriever(device, "DRIMBOX", down), executor, Clock.systemUTC());
    assertThatThrownBy(() -> readAll(cache, study)).isInstanceOfSatisfying(SourceException.class,
        e -> assertThat(e.reason()).isEqualTo(SourceException.Reason.UNAVAILABLE));
    assertThat(cache.isCached(study)).isFalse();
  }

  @Test
  void prefetchFillsTheCacheAndTheSizeLimitEvictsIdleStudies() throws Exception {
    StudyCache cache = cache(work.resolve("cache5"), 1, new AtomicInteger());
    try (StudyFeed pinned = cache.open(study)) {
      assertThat(pinned.next()).isNotNull();
      assertThat(cache.prefetch(study).get(60, TimeUnit.SECONDS)).isEqualTo(SERIES_A + SERIES_B);
      assertThat(cache.evict()).isZero(); // being read: kept
      assertThat(cache.isCached(study)).isTrue();
    }
    assertThat(cache.evict()).isEqualTo(1);
    assertThat(cache.isCached(study)).isFalse();
    assertThat(work.resolve("cache5").resolve(study)).doesNotExist();
  }

  @Test
  void clearEmptiesTheCache() throws Exception {
    StudyCache cache = cache(work.resolve("cache6"), Long.MAX_VALUE, new AtomicInteger());
    assertThat(cache.prefetch(study).get(60, TimeUnit.SECONDS)).isEqualTo(SERIES_A + SERIES_B);
    assertThat(cache.size()).isPositive();
    assertThat(cache.clear()).isEqualTo(1);
    assertThat(cache.size()).isZero();
    assertThat(cache.isCached(study)).isFalse();
  }

  @Test
  void calibrationMeasuresEchoAndGet() throws Exception {
    CalibrationReport r = new PacsCalibration(device, "DRIMBOX", pacs).run(3, study);
    assertThat(r.echoes()).isEqualTo(3);
    assertThat(r.echoMinMs()).isPositive().isLessThanOrEqualTo(r.echoMaxMs());
    assertThat(r.instances()).isEqualTo(SERIES_A + SERIES_B);
    assertThat(r.bytes()).isGreaterThan(0);
    assertThat(r.mbps()).isPositive();
    assertThat(r.firstInstanceMs()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void qidoFindsStudySeriesAndInstances() throws Exception {
    PacsQido qido = new PacsQido(device, "DRIMBOX", pacs);
    List<Attributes> studies = new ArrayList<>();
    qido.find(PacsQido.keys(PacsQido.Level.STUDY, java.util.Map.of("StudyInstanceUID", study), List.of()), 0,
        studies::add);
    assertThat(studies).singleElement().satisfies(a -> assertThat(a.getString(Tag.PatientID)).isEqualTo("IPP1"));
    List<Attributes> series = new ArrayList<>();
    qido.find(PacsQido.keys(PacsQido.Level.SERIES, java.util.Map.of("StudyInstanceUID", study), List.of()), 0,
        series::add);
    assertThat(series).hasSize(2);
    AtomicInteger images = new AtomicInteger();
    int n = qido.find(PacsQido.keys(PacsQido.Level.IMAGE, java.util.Map.of("StudyInstanceUID", study,
        "SeriesInstanceUID", seriesA), List.of("00200013")), 5, a -> images.incrementAndGet());
    assertThat(n).isEqualTo(5);
    assertThat(images.get()).isEqualTo(5);
    assertThatThrownBy(() -> PacsQido.keys(PacsQido.Level.STUDY, java.util.Map.of("NoSuchKeyword", "x"), List.of()))
        .isInstanceOf(SourceException.class);
  }
}
