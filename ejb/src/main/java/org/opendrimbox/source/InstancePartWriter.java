package org.opendrimbox.source;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.util.Optional;
import org.opendrimbox.dicom.data.BulkData;
import org.opendrimbox.dicom.io.Transcoder;
import org.opendrimbox.dicom.mime.MultipartWriter;

/**
 * Writes cached instances as the parts of a WADO-RS {@code multipart/related; type="application/dicom"} response:
 * each instance streamed through the {@link Transcoder} into the negotiated transfer syntax (pixel data untouched),
 * with the INS added to Other Patient IDs on the way. When the stored syntax is the one served, only the elements
 * before the pixel data are rewritten; the rest of the instance goes to the {@link FileRegionWriter} as stored. Constant memory:
 * only the elements before the pixel data of one instance are held.
 */
public final class InstancePartWriter {

  private final MultipartWriter multipart;
  private final Negotiation negotiation;
  private final InsCoercion coercion;
  private final FileRegionWriter regions;
  private int written;
  private int skipped;

  public InstancePartWriter(OutputStream out, String boundary, Negotiation negotiation, InsCoercion coercion) {
    this(out, boundary, negotiation, coercion, FileRegionWriter.copying(out));
  }

  /** regions appends file ranges to out (after flushing what out holds, if it buffers). */
  public InstancePartWriter(OutputStream out, String boundary, Negotiation negotiation, InsCoercion coercion,
      FileRegionWriter regions) {
    this.multipart = new MultipartWriter(out, boundary);
    this.negotiation = negotiation;
    this.coercion = coercion;
    this.regions = regions;
  }

  /** Writes one instance as a part; false (nothing written) if no accepted encoding fits its stored syntax. */
  public boolean write(CachedInstance instance) throws IOException {
    Optional<PartType> type = negotiation.choose(instance.transferSyntax());
    if (type.isEmpty()) {
      skipped++;
      return false;
    }
    // no BufferedInputStream: the DicomInputStream reads the header into its own small buffer
    try (FileChannel file = FileChannel.open(instance.file())) {
      OutputStream part = multipart.nextPart(type.get().contentType(), null);
      long rest = Transcoder.transcodeHead(BulkData.range(file, instance.offset(), instance.size()), part,
          type.get().transferSyntax(), coercion);
      if (rest >= 0) {
        regions.write(file, instance.offset() + rest, instance.size() - rest);
      }
      part.close();
    }
    written++;
    return true;
  }

  /** Writes the closing delimiter. */
  public void finish() throws IOException {
    multipart.finish();
  }

  public int written() {
    return written;
  }

  public int skipped() {
    return skipped;
  }
}
