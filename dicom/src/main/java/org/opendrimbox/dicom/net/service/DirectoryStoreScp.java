package org.opendrimbox.dicom.net.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.net.Association;
import org.opendrimbox.dicom.net.PDVInputStream;
import org.opendrimbox.dicom.net.Status;
import org.opendrimbox.dicom.net.pdu.PresentationContext;

/**
 * Storage SCP writing each instance to {@code <dir>/<SOP Instance UID>.dcm}: a File Meta Information header, then the
 * received data set bytes copied as they come (no parsing, constant memory). Written in place (no temp file and
 * rename: file creation is the costly part of receiving a study); a file that could not be written completely is
 * deleted before the failure response is sent.
 */
public class DirectoryStoreScp extends BasicCStoreScp {
  private static final int BUFFER = 256 * 1024;
  static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[BUFFER]);
  private final Path dir;
  private final Listener onStored;

  /** Told about each stored file and its size in bytes (called on the association's reader thread). */
  @FunctionalInterface
  public interface Listener {
    void onStored(Path file, long bytes);
  }

  public DirectoryStoreScp(Path dir, List<String> sopClasses, Listener onStored) {
    super(sopClasses);
    this.dir = dir;
    this.onStored = onStored;
  }

  /** Accepts any storage SOP class. */
  public DirectoryStoreScp(Path dir) {
    this(dir, List.of("*"), (p, n) -> { });
  }

  @Override
  protected void store(Association as, PresentationContext pc, Attributes rq, PDVInputStream data, Attributes rsp)
      throws IOException {
    String iuid = instanceUid(rq);
    String cuid = rq.getString(Tag.AffectedSOPClassUID);
    Path file = dir.resolve(iuid + ".dcm");
    long bytes;
    try {
      try (OutputStream out = new java.io.FileOutputStream(file.toFile())) {
        bytes = write(out, cuid, iuid, as.remoteAet(), data);
      }
    } catch (IOException e) {
      Files.deleteIfExists(file);
      if (!data.isComplete()) {
        data.skipAll(); // throws if the association itself is broken
      }
      throw new DicomServiceException(Status.OutOfResources, "cannot write: " + e.getMessage(), e);
    }
    onStored.onStored(file, bytes);
  }

  /**
   * Writes File Meta Information (with {@code sourceAet} as Source Application Entity Title) then the raw data set of
   * {@code data}, in writes of up to 256 KiB; returns the number of bytes written.
   */
  public static long write(OutputStream out, String cuid, String iuid, String sourceAet, PDVInputStream data)
      throws IOException {
    byte[] buf = BUFFERS.get();
    byte[] fmi = FileMetaHeader.encode(cuid, iuid, data.transferSyntax(), sourceAet);
    System.arraycopy(fmi, 0, buf, 0, fmi.length);
    int fill = fmi.length;
    long total = fill;
    int n;
    while ((n = data.read(buf, fill, buf.length - fill)) > 0) {
      fill += n;
      total += n;
      if (fill == buf.length) {
        out.write(buf, 0, fill);
        fill = 0;
      }
    }
    out.write(buf, 0, fill);
    return total;
  }
}
