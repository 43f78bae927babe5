package org.opendrimbox.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.opendrimbox.dicom.data.BulkData;

/**
 * One instance held in the study cache: a Part 10 stream as the PACS sent it, at {@code [offset, offset + size)} of
 * file (the instances of a retrieval share one file).
 *
 * @param seriesUid Series Instance UID
 * @param sopInstanceUid SOP Instance UID
 * @param sopClassUid SOP Class UID
 * @param transferSyntax the stored transfer syntax
 * @param size length of the Part 10 stream in bytes
 * @param file the file holding it
 * @param offset where it starts in file
 */
public record CachedInstance(String seriesUid, String sopInstanceUid, String sopClassUid, String transferSyntax,
    long size, Path file, long offset) {

  /** An instance that is a whole Part 10 file. */
  public CachedInstance(String seriesUid, String sopInstanceUid, String sopClassUid, String transferSyntax, long size,
      Path file) {
    this(seriesUid, sopInstanceUid, sopClassUid, transferSyntax, size, file, 0);
  }

  /** Reads the Part 10 stream. */
  public InputStream open() throws IOException {
    return BulkData.range(FileChannel.open(file), offset, size);
  }

  /** The source URI of the bulk data references of a {@code DicomInputStream} over {@link #open()}. */
  public String uri() {
    return file.toUri().toString();
  }
}
