package org.opendrimbox.dicom.net;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.net.pdu.PresentationContext;

/**
 * Blocking form of a DIMSE request: {@code while (rsp.next()) { rsp.getCommand(); rsp.getDataset(); }} walks the
 * pending responses and the final one. {@link #next()} never waits longer than the response timeout (the association's
 * reader aborts first); a closed association surfaces as the IOException that closed it.
 */
public final class DimseRSP implements DimseRSPHandler {
  private static final Object[] CLOSED = new Object[0];

  private final BlockingQueue<Object[]> queue = new LinkedBlockingQueue<>();
  private final long timeoutMillis;
  private Association as;
  private PresentationContext pc;
  private int msgId;
  private Attributes command;
  private Attributes dataset;
  private IOException failure;
  private boolean done;
  private volatile boolean finalOnly;

  DimseRSP(long timeoutMillis) {
    this.timeoutMillis = timeoutMillis;
  }

  void bind(Association association, PresentationContext context, int messageId) {
    this.as = association;
    this.pc = context;
    this.msgId = messageId;
  }

  @Override
  public void onDimseRSP(Association association, Attributes cmd, Attributes data) {
    if (finalOnly && data == null && Status.isPending(Commands.status(cmd))) {
      return; // nobody looks at bare pending responses: do not wake the waiting thread
    }
    queue.add(new Object[] {cmd, data});
  }

  @Override
  public void onClose(Association association, IOException cause) {
    failure = cause;
    queue.add(CLOSED);
  }

  /** Waits for the next response; false once the final one has been consumed. */
  public boolean next() throws IOException {
    if (done) {
      return false;
    }
    Object[] r;
    try {
      do {
        r = timeoutMillis <= 0 ? queue.take() : queue.poll(timeoutMillis * 2 + 1000, TimeUnit.MILLISECONDS);
        // skipped pending responses are progress the reader's own timeouts watch: keep waiting while it is open
      } while (r == null && finalOnly && !as.isClosed());
      if (r == null) {
        r = queue.poll(); // the close marker may have come meanwhile
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted waiting for a DIMSE response");
    }
    if (r == null) {
      as.abort();
      throw new AssociationTimeoutException(as + ": no DIMSE response");
    }
    if (r == CLOSED) {
      done = true;
      throw failure;
    }
    command = (Attributes) r[0];
    dataset = (Attributes) r[1];
    if (!Status.isPending(Commands.status(command))) {
      done = true;
    }
    return true;
  }

  public Attributes getCommand() {
    return command;
  }

  public Attributes getDataset() {
    return dataset;
  }

  /** Status of the current response. */
  public int status() {
    return Commands.status(command);
  }

  public int messageId() {
    return msgId;
  }

  /** Sends C-CANCEL-RQ; the SCP then ends with a Cancel (or final) status. */
  public void cancel() throws IOException {
    as.cancel(pc, msgId);
  }

  /** Waits for the final response and returns its command (pending responses without data set are skipped). */
  public Attributes finalResponse() throws IOException {
    finalOnly = true;
    while (next()) {
      // only the last is kept
    }
    return command;
  }
}
