package org.opendrimbox.dicom.net.service;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * Storage SCP appending every instance it receives to one file, each as a complete Part 10 stream (preamble, File
 * Meta Information, then the data set bytes as received: no parsing, constant memory), and telling {@link #stored}
 * where it lies. A study received this way is one file, not one per instance: creating files is the costly part of
 * receiving a study, and on a file system without journal, ext4 skips the inodes deleted in the last minutes one by
 * one when it creates a file, so that refilling a cache just emptied slows down with every file.
 *
 * <p>The C-STORE is answered as soon as the data set is received (an instance within the 256 KiB buffer), before it
 * is written: a sender that waits for each response (a C-GET or C-MOVE SCP) prepares the next instance meanwhile.
 * A failure before the answer is answered A700 (bytes already appended stay, unreferenced); a write or {@link
 * #stored} failure after it aborts the association, so the sender learns that the instances were not all kept.
 * Serves one association at a time (instances are appended in the order received); close it to close the file.
 */
public abstract class AppendingStoreScp extends BasicCStoreScp implements Closeable {

  private final FileChannel file;

  /** Creates (or empties) file and appends the instances of the given storage SOP classes ({@code "*"}: any). */
  protected AppendingStoreScp(Path file, List<String> sopClasses) throws IOException {
    super(sopClasses);
    this.file = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING);
  }

  /**
   * Told, on the association's reader thread, that the instance of rq (a C-STORE-RQ) is in the file at {@code
   * [offset, offset + length)} in transferSyntax.
   */
  protected abstract void stored(Attributes rq, String transferSyntax, long offset, long length) throws IOException;

  @Override
  public void onDimseRQ(Association as, PresentationContext pc, Dimse dimse, Attributes cmd, PDVInputStream data)
      throws IOException {
    if (dimse != Dimse.C_STORE_RQ || data == null) {
      super.onDimseRQ(as, pc, dimse, cmd, data); // refused there
      return;
    }
    String iuid = instanceUid(cmd);
    byte[] buf = DirectoryStoreScp.BUFFERS.get();
    byte[] fmi = FileMetaHeader.encode(cmd.getString(Tag.AffectedSOPClassUID), iuid, data.transferSyntax(),
        as.remoteAet());
    System.arraycopy(fmi, 0, buf, 0, fmi.length);
    int fill = fmi.length;
    long total = fill;
    long offset;
    try {
      offset = file.position();
      int n;
      while ((n = data.read(buf, fill, buf.length - fill)) > 0) {
        fill += n;
        total += n;
        if (fill == buf.length) {
          append(buf, fill);
          fill = 0;
        }
      }
    } catch (IOException e) {
      if (!data.isComplete()) {
        data.skipAll(); // throws if the association itself is broken
      }
      throw new DicomServiceException(Status.OutOfResources, "cannot write: " + e.getMessage(), e);
    }
    as.writeDimseRSP(pc, Commands.mkRSP(cmd, Status.Success), null);
    try {
      append(buf, fill);
      stored(cmd, data.transferSyntax(), offset, total);
    } catch (IOException | RuntimeException e) {
      as.abort();
      throw new IOException("cannot keep " + iuid + " after answering: " + e.getMessage(), e);
    }
  }

  @Override
  protected final void store(Association as, PresentationContext pc, Attributes rq, PDVInputStream data,
      Attributes rsp) {
    throw new IllegalStateException("instances are appended by onDimseRQ");
  }

  private void append(byte[] buf, int len) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(buf, 0, len);
    while (b.hasRemaining()) {
      file.write(b);
    }
  }

  @Override
  public void close() throws IOException {
    file.close();
  }
}
