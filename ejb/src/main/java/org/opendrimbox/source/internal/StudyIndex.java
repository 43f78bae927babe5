package org.opendrimbox.source.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.opendrimbox.source.CachedInstance;

/**
 * File-system index of one cached study: {@code <root>/<study UID>/} holds the instances (Part 10 streams, one after
 * the other in the file(s) the retrieval writes), {@code index.tsv} (series, SOP instance, SOP class, transfer
 * syntax, size, file name, offset: one line per instance, appended as they arrive; an index of an earlier version
 * without the last two lies in one file per instance, {@code <SOP instance UID>.dcm}) and the {@code complete} marker,
 * written last, whose modification time is the study's last access (LRU, retention).
 */
public final class StudyIndex {

  private static final String INDEX = "index.tsv";
  private static final String COMPLETE = "complete";

  private final Path dir;
  /** index.tsv while a retrieval appends to it (buffered: the file only counts once the study is complete). */
  private java.io.Writer writer;

  public StudyIndex(Path root, String studyUid) {
    this.dir = root.resolve(studyUid);
  }

  public Path dir() {
    return dir;
  }

  public boolean isComplete() {
    return Files.isRegularFile(dir.resolve(COMPLETE));
  }

  /** Empties the directory and starts a new index. */
  public synchronized void reset() throws IOException {
    delete();
    Files.createDirectories(dir);
    writer = Files.newBufferedWriter(dir.resolve(INDEX), StandardCharsets.US_ASCII);
  }

  public synchronized void append(CachedInstance i) throws IOException {
    writer.write(i.seriesUid() + "\t" + i.sopInstanceUid() + "\t" + i.sopClassUid() + "\t" + i.transferSyntax()
        + "\t" + i.size() + "\t" + i.file().getFileName() + "\t" + i.offset() + "\n");
  }

  /** Closes the index, then writes the marker that makes the study count as cached. */
  public synchronized void markComplete() throws IOException {
    closeWriter();
    Files.writeString(dir.resolve(COMPLETE), Instant.now().toString());
  }

  /** Closes the index after a failed retrieval (the files stay until the study is forgotten). */
  public synchronized void abandon() {
    try {
      closeWriter();
    } catch (IOException ignored) {
      // nothing more to write
    }
  }

  private void closeWriter() throws IOException {
    if (writer != null) {
      java.io.Writer w = writer;
      writer = null;
      w.close();
    }
  }

  /** Records a read (LRU clock); ignored if the study is not complete. */
  public void touch(Instant when) {
    try {
      if (isComplete()) {
        Files.setLastModifiedTime(dir.resolve(COMPLETE), FileTime.from(when));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Instant lastAccess() throws IOException {
    return Files.getLastModifiedTime(dir.resolve(COMPLETE)).toInstant();
  }

  public List<CachedInstance> read() throws IOException {
    List<CachedInstance> out = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve(INDEX), StandardCharsets.US_ASCII)) {
      String[] f = line.split("\t");
      if (f.length == 7) {
        out.add(new CachedInstance(f[0], f[1], f[2], f[3], Long.parseLong(f[4]), dir.resolve(f[5]),
            Long.parseLong(f[6])));
      } else if (f.length == 5) {
        out.add(new CachedInstance(f[0], f[1], f[2], f[3], Long.parseLong(f[4]), dir.resolve(f[1] + ".dcm")));
      }
    }
    return out;
  }

  public synchronized void delete() throws IOException {
    abandon();
    if (Files.exists(dir)) {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }
}
