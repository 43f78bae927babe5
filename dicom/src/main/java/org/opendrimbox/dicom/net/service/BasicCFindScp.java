package org.opendrimbox.dicom.net.service;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.net.Association;
import org.opendrimbox.dicom.net.Commands;
import org.opendrimbox.dicom.net.Datasets;
import org.opendrimbox.dicom.net.Dimse;
import org.opendrimbox.dicom.net.PDVInputStream;
import org.opendrimbox.dicom.net.Status;
import org.opendrimbox.dicom.net.pdu.PresentationContext;

/**
 * Template C-FIND SCP: {@link #calculateMatches} returns the matches, which are sent as Pending responses from the
 * association's executor (so a C-CANCEL-RQ is seen meanwhile), followed by Success, Cancel or the failure status.
 */
public abstract class BasicCFindScp implements DicomService {
  private static final System.Logger LOG = System.getLogger(BasicCFindScp.class.getName());
  private final List<String> sopClasses;

  protected BasicCFindScp(List<String> sopClasses) {
    this.sopClasses = List.copyOf(sopClasses);
  }

  @Override
  public List<String> sopClasses() {
    return sopClasses;
  }

  /** The matches for the identifier {@code keys}; may throw a DicomServiceException (e.g. C000H). */
  protected abstract QueryTask calculateMatches(Association as, Attributes rq, Attributes keys) throws IOException;

  @Override
  public void onDimseRQ(Association as, PresentationContext pc, Dimse dimse, Attributes cmd, PDVInputStream data)
      throws IOException {
    if (dimse != Dimse.C_FIND_RQ) {
      throw new DicomServiceException(Status.UnrecognizedOperation, dimse + " on a query SOP class");
    }
    if (data == null) {
      throw new DicomServiceException(Status.CannotUnderstand, "C-FIND-RQ without identifier");
    }
    Attributes keys = Datasets.read(data);
    int msgId = cmd.getInt(Tag.MessageID, 0);
    AtomicBoolean cancelled = new AtomicBoolean();
    as.onCancel(msgId, () -> cancelled.set(true));
    as.addActiveOperation();
    as.executor().execute(() -> run(as, pc, cmd, keys, cancelled));
  }

  private void run(Association as, PresentationContext pc, Attributes cmd, Attributes keys, AtomicBoolean cancelled) {
    int msgId = cmd.getInt(Tag.MessageID, 0);
    try {
      Attributes last;
      try (QueryTask matches = calculateMatches(as, cmd, keys)) {
        last = Commands.mkRSP(cmd, Status.Success);
        while (matches.hasNext()) {
          if (cancelled.get()) {
            last = Commands.mkRSP(cmd, Status.Cancel);
            break;
          }
          Attributes match = matches.next();
          as.writeDimseRSP(pc, Commands.mkRSP(cmd, Status.Pending), Datasets.writer(match));
        }
      } catch (DicomServiceException e) {
        last = DicomServiceRegistry.failure(cmd, e);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, as + ": C-FIND failed", e);
        last = DicomServiceRegistry.failure(cmd, new DicomServiceException(Status.UnableToProcess, e.toString()));
      }
      if (as.isReadyForDataTransfer()) {
        as.writeDimseRSP(pc, last, null);
      }
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, "{0}: C-FIND response not sent: {1}", as, e.toString());
    } finally {
      as.removeCancelHandler(msgId);
      as.removeActiveOperation();
    }
  }
}
