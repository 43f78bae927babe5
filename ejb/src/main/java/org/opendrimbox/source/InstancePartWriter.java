package org.opendrimbox.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Optional;
import org.opendrimbox.dicom.io.Transcoder;
import org.opendrimbox.dicom.mime.MultipartWriter;

/**
 * Writes cached instances as the parts of a WADO-RS {@code multipart/related; type="application/dicom"} response:
 * each file streamed through the {@link Transcoder} into the negotiated transfer syntax (pixel data untouched), with
 * the INS added to Other Patient IDs on the way. Constant memory: only the elements before the pixel data of one
 * instance are held.
 */
public final class InstancePartWriter {

  private final MultipartWriter multipart;
  private final Negotiation negotiation;
  private final InsCoercion coercion;
  private int written;
  private int skipped;

  public InstancePartWriter(OutputStream out, String boundary, Negotiation negotiation, InsCoercion coercion) {
    this.multipart = new MultipartWriter(out, boundary);
    this.negotiation = negotiation;
    this.coercion = coercion;
  }

  /** Writes one instance as a part; false (nothing written) if no accepted encoding fits its stored syntax. */
  public boolean write(CachedInstance instance) throws IOException {
    Optional<PartType> type = negotiation.choose(instance.transferSyntax());
    if (type.isEmpty()) {
      skipped++;
      return false;
    }
    // no BufferedInputStream: the DicomInputStream reads into its own 64 KiB buffer (one copy less per byte)
    try (InputStream in = Files.newInputStream(instance.file())) {
      OutputStream part = multipart.nextPart(type.get().contentType(), null);
      Transcoder.transcode(in, part, type.get().transferSyntax(), coercion);
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
