package org.opendrimbox.dicom.io.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.io.BulkDataMode;
import org.opendrimbox.dicom.io.DicomInputStream;
import org.opendrimbox.dicom.io.Transcoder;

/**
 * Measures Part 10 parse throughput over a directory of files against reading the same bytes raw ("cat"). Run with
 * {@code java -cp ... org.opendrimbox.dicom.io.bench.ParseBenchmark DIR [REPETITIONS]}; see docs/dicom-library.md.
 */
public final class ParseBenchmark {

  private interface Task {
    long run(Path file) throws IOException;
  }

  private ParseBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: ParseBenchmark DIR [REPETITIONS]");
      System.exit(2);
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(Path.of(args[0]))) {
      files = s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".dcm")).sorted()
          .collect(Collectors.toList());
    }
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    System.out.printf("%d files, %.1f MB, best of %d runs after JIT warm-up%n", files.size(), bytes / 1e6, reps);
    for (int w = 0; w < 3; w++) { // JIT warm-up of every variant before measuring
      for (Path f : files) {
        cat(f);
        parse(f, BulkDataMode.INLINE, Tag.PixelData);
        parse(f, BulkDataMode.URI, -1);
      }
    }
    measure("cat (raw read, 64 KiB buffer)", files, bytes, reps, ParseBenchmark::cat);
    measure("parse, stop at PixelData", files, bytes, reps, f -> parse(f, BulkDataMode.INLINE, Tag.PixelData));
    measure("parse, bulk data by reference", files, bytes, reps, f -> parse(f, BulkDataMode.URI, -1));
    measure("parse, everything in memory", files, bytes, reps, f -> parse(f, BulkDataMode.INLINE, -1));
    measure("transcode to Implicit VR LE (discarded)", files, bytes, reps, ParseBenchmark::transcode);
  }

  private static void measure(String name, List<Path> files, long bytes, int reps, Task task) throws IOException {
    long best = Long.MAX_VALUE;
    long check = 0;
    for (int r = 0; r <= reps; r++) {
      long t0 = System.nanoTime();
      for (Path f : files) {
        check += task.run(f);
      }
      long dt = System.nanoTime() - t0;
      if (r > 0) {
        best = Math.min(best, dt);
      }
    }
    System.out.printf("%-40s %8.1f ms %9.1f MB/s %9.0f files/s  (check %d)%n", name, best / 1e6,
        bytes / 1e6 / (best / 1e9), files.size() / (best / 1e9), check % 1000);
  }

  private static long cat(Path f) throws IOException {
    byte[] buf = new byte[64 * 1024];
    long n = 0;
    try (InputStream in = Files.newInputStream(f)) {
      int r;
      while ((r = in.read(buf)) > 0) {
        n += r;
      }
    }
    return n;
  }

  private static long transcode(Path f) throws IOException {
    try (InputStream in = Files.newInputStream(f)) {
      CountingOutputStream out = new CountingOutputStream();
      Transcoder.transcode(in, out, UID.ImplicitVRLittleEndian);
      return out.count;
    }
  }

  private static final class CountingOutputStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  private static long parse(Path f, BulkDataMode mode, int stopTag) throws IOException {
    try (DicomInputStream in = new DicomInputStream(Files.newInputStream(f))) {
      in.withBulkData(mode).withBulkDataUri(f.toUri().toString());
      Attributes a = in.readDataset(stopTag);
      return a.size();
    }
  }
}
