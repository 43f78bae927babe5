package org.opendrimbox.pacs;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.net.Association;
import org.opendrimbox.dicom.net.AssociationRequest;
import org.opendrimbox.dicom.net.Commands;
import org.opendrimbox.dicom.net.Device;
import org.opendrimbox.dicom.net.DimseRSPHandler;
import org.opendrimbox.dicom.net.Dimses;
import org.opendrimbox.dicom.net.Priority;
import org.opendrimbox.dicom.net.RemoteAe;
import org.opendrimbox.dicom.net.Status;

/**
 * Study Root C-FIND SCU on one association: each answer is handed to a consumer on the association's reader
 * thread as it arrives (handler form), so image-level answers are never queued as data sets.
 */
final class FindScu implements AutoCloseable {

  private final Association as;

  private FindScu(Association as) {
    this.as = as;
  }

  /** Opens an association from {@code callingAet} to {@code pacs} proposing Study Root FIND. */
  static FindScu open(Device device, String callingAet, RemoteAe pacs) throws IOException {
    AssociationRequest rq = new AssociationRequest(callingAet, pacs.aeTitle())
        .addPresentationContext(UID.StudyRootQueryRetrieveInformationModelFind,
            UID.ExplicitVRLittleEndian, UID.ImplicitVRLittleEndian);
    return new FindScu(device.connect(pacs, rq, null));
  }

  /**
   * Runs one C-FIND and waits for its final response.
   *
   * @throws IOException on association failure, or a failure/cancel status (as {@link FindFailedException})
   */
  void find(Attributes keys, Consumer<Attributes> onMatch) throws IOException {
    Collector collector = new Collector(onMatch);
    Dimses.find(as, UID.StudyRootQueryRetrieveInformationModelFind, Priority.MEDIUM, keys, collector);
    int status = collector.await(as.settings().responseTimeout());
    if (status != Status.Success) {
      throw new FindFailedException(status);
    }
  }

  @Override
  public void close() {
    try {
      as.release();
    } catch (IOException e) {
      as.abort();
    }
  }

  /** A C-FIND that ended with a status other than Success. */
  static final class FindFailedException extends IOException {
    private static final long serialVersionUID = 1L;

    FindFailedException(int status) {
      super("C-FIND failed with status " + Status.toHex(status));
    }
  }

  private static final class Collector implements DimseRSPHandler {
    private final Consumer<Attributes> onMatch;
    private final CompletableFuture<Integer> done = new CompletableFuture<>();
    private RuntimeException consumerFailure;

    Collector(Consumer<Attributes> onMatch) {
      this.onMatch = onMatch;
    }

    @Override
    public void onDimseRSP(Association association, Attributes cmd, Attributes data) {
      int status = Commands.status(cmd);
      if (Status.isPending(status)) {
        if (data != null && consumerFailure == null) {
          try {
            onMatch.accept(data);
          } catch (RuntimeException e) {
            consumerFailure = e;
          }
        }
        return;
      }
      done.complete(status);
    }

    @Override
    public void onClose(Association association, IOException cause) {
      done.completeExceptionally(cause != null ? cause : new IOException("association closed"));
    }

    int await(long responseTimeoutMillis) throws IOException {
      try {
        int status = responseTimeoutMillis <= 0 ? done.get()
            : done.get(responseTimeoutMillis * 2 + 1000, TimeUnit.MILLISECONDS);
        if (consumerFailure != null) {
          throw consumerFailure;
        }
        return status;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted waiting for C-FIND responses");
      } catch (TimeoutException e) {
        throw new IOException("no final C-FIND response", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
      }
    }
  }
}
