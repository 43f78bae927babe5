package org.opendrimbox.dicom.net.service;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.net.Association;
import org.opendrimbox.dicom.net.Commands;
import org.opendrimbox.dicom.net.Dimse;
import org.opendrimbox.dicom.net.PDVInputStream;
import org.opendrimbox.dicom.net.Status;
import org.opendrimbox.dicom.net.pdu.PresentationContext;

/**
 * Storage SCP writing each instance to {@code <dir>/<SOP Instance UID>.dcm}: a File Meta Information header, then the
 * received data set bytes copied as they come (no parsing, constant memory). Written in place (no temp file and
 * rename: file creation is the costly part of receiving a study); a file that could not be written completely is
 * deleted before the failure response is sent. With {@code answerFirst}, the response is sent as soon as the data set
 * has been received, before the file is created and written (an instance within the 256 KiB buffer) or before its last
 * block is written: a sender that waits for each response (a C-GET or C-MOVE SCP) prepares the next instance
 * meanwhile. A file that cannot be written after the answer aborts the association (the sender learns that the
 * instances were not all kept).
 */
public class DirectoryStoreScp extends BasicCStoreScp {
  private static final int BUFFER = 256 * 1024;
  private static final ThreadLocal<byte[]> BUFFERS = ThreadLocal.withInitial(() -> new byte[BUFFER]);
  private static final java.util.regex.Pattern UID_PATTERN = java.util.regex.Pattern.compile("[0-9.]{1,64}");
  private final Path dir;
  private final Listener onStored;
  private final boolean answerFirst;

  /** Told about each stored file and its size in bytes (called on the association's reader thread). */
  @FunctionalInterface
  public interface Listener {
    void onStored(Path file, long bytes);
  }

  public DirectoryStoreScp(Path dir, List<String> sopClasses, Listener onStored) {
    this(dir, sopClasses, onStored, false);
  }

  /** answerFirst: the response is sent once the data set is received, the file written afterwards (see above). */
  public DirectoryStoreScp(Path dir, List<String> sopClasses, Listener onStored, boolean answerFirst) {
    super(sopClasses);
    this.dir = dir;
    this.onStored = onStored;
    this.answerFirst = answerFirst;
  }

  /** Accepts any storage SOP class. */
  public DirectoryStoreScp(Path dir) {
    this(dir, List.of("*"), (p, n) -> { });
  }

  @Override
  public void onDimseRQ(Association as, PresentationContext pc, Dimse dimse, Attributes cmd, PDVInputStream data)
      throws IOException {
    if (!answerFirst || dimse != Dimse.C_STORE_RQ || data == null) {
      super.onDimseRQ(as, pc, dimse, cmd, data); // store, then answer
      return;
    }
    Incoming in = receive(as, cmd, data, false);
    long bytes;
    try {
      as.writeDimseRSP(pc, Commands.mkRSP(cmd, Status.Success), null);
      bytes = in.finish();
    } catch (IOException e) {
      in.discard();
      as.abort();
      throw new IOException("cannot keep " + in.file + " after answering: " + e.getMessage(), e);
    }
    onStored.onStored(in.file, bytes);
  }

  @Override
  protected void store(Association as, PresentationContext pc, Attributes rq, PDVInputStream data, Attributes rsp)
      throws IOException {
    Incoming in = receive(as, rq, data, true);
    onStored.onStored(in.file, in.total);
  }

  /**
   * Receives the data set of rq into the file, block by block; complete: also writes the last block and closes the
   * file, else leaves them to {@link Incoming#finish()}. A failure deletes the file and ends in the status to answer.
   */
  private Incoming receive(Association as, Attributes rq, PDVInputStream data, boolean complete) throws IOException {
    String iuid = rq.getString(Tag.AffectedSOPInstanceUID);
    String cuid = rq.getString(Tag.AffectedSOPClassUID);
    if (iuid == null || cuid == null || !UID_PATTERN.matcher(iuid).matches()) {
      throw new DicomServiceException(Status.CannotUnderstand, "missing or invalid SOP instance UID");
    }
    Incoming in = new Incoming(dir.resolve(iuid + ".dcm"),
        FileMetaHeader.encode(cuid, iuid, data.transferSyntax(), as.remoteAet()));
    try {
      in.receive(data);
      if (complete) {
        in.finish();
      }
    } catch (IOException e) {
      in.discard();
      if (!data.isComplete()) {
        data.skipAll(); // throws if the association itself is broken
      }
      throw new DicomServiceException(Status.OutOfResources, "cannot write: " + e.getMessage(), e);
    }
    return in;
  }

  /** One file being received: its bytes gathered in the thread's buffer, the file created when the first is full. */
  private static final class Incoming {
    final Path file;
    private final byte[] buf = BUFFERS.get();
    private int fill;
    long total;
    private OutputStream out;

    Incoming(Path file, byte[] fmi) {
      this.file = file;
      System.arraycopy(fmi, 0, buf, 0, fmi.length);
      fill = fmi.length;
      total = fill;
    }

    void receive(PDVInputStream data) throws IOException {
      int n;
      while ((n = data.read(buf, fill, buf.length - fill)) > 0) {
        fill += n;
        total += n;
        if (fill == buf.length) {
          writeBlock();
        }
      }
    }

    private void writeBlock() throws IOException {
      if (out == null) {
        out = new java.io.FileOutputStream(file.toFile());
      }
      out.write(buf, 0, fill);
      fill = 0;
    }

    /** Writes what the buffer holds and closes the file; returns its size. */
    long finish() throws IOException {
      writeBlock();
      OutputStream o = out;
      out = null;
      o.close();
      return total;
    }

    void discard() throws IOException {
      if (out != null) {
        try {
          out.close();
        } catch (IOException ignored) {
          // deleted below
        }
        out = null;
      }
      Files.deleteIfExists(file);
    }
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
