package org.opendrimbox.dicom.net.service;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.net.Association;
import org.opendrimbox.dicom.net.AssociationRequest;
import org.opendrimbox.dicom.net.Commands;
import org.opendrimbox.dicom.net.Datasets;
import org.opendrimbox.dicom.net.Dimse;
import org.opendrimbox.dicom.net.Dimses;
import org.opendrimbox.dicom.net.PDVInputStream;
import org.opendrimbox.dicom.net.Part10File;
import org.opendrimbox.dicom.net.RemoteAe;
import org.opendrimbox.dicom.net.Status;
import org.opendrimbox.dicom.net.pdu.PresentationContext;

/**
 * Template C-MOVE and C-GET SCP. {@link #calculateMatches} lists the Part 10 files to send; they are streamed as
 * C-STORE sub-operations (to the move destination over a new association, or back over the same association for
 * C-GET) from the association's executor, with a Pending response after each and a final Success, Warning (B000H),
 * Cancel or failure response carrying the sub-operation counters.
 */
public abstract class BasicRetrieveScp implements DicomService {
  private static final System.Logger LOG = System.getLogger(BasicRetrieveScp.class.getName());
  private final List<String> sopClasses;

  protected BasicRetrieveScp(List<String> sopClasses) {
    this.sopClasses = List.copyOf(sopClasses);
  }

  @Override
  public List<String> sopClasses() {
    return sopClasses;
  }

  /** The instances matching {@code keys}. */
  protected abstract List<Part10File> calculateMatches(Association as, Attributes rq, Attributes keys)
      throws IOException;

  /** The C-MOVE destination for an AE title, or null if unknown (A801H). */
  protected abstract RemoteAe destination(String aet);

  @Override
  public void onDimseRQ(Association as, PresentationContext pc, Dimse dimse, Attributes cmd, PDVInputStream data)
      throws IOException {
    if (dimse != Dimse.C_MOVE_RQ && dimse != Dimse.C_GET_RQ) {
      throw new DicomServiceException(Status.UnrecognizedOperation, dimse + " on a retrieve SOP class");
    }
    if (data == null) {
      throw new DicomServiceException(Status.CannotUnderstand, "retrieve request without identifier");
    }
    Attributes keys = Datasets.read(data);
    int msgId = cmd.getInt(Tag.MessageID, 0);
    AtomicBoolean cancelled = new AtomicBoolean();
    as.onCancel(msgId, () -> cancelled.set(true));
    as.addActiveOperation();
    as.executor().execute(() -> run(as, pc, dimse, cmd, keys, cancelled));
  }

  private void run(Association as, PresentationContext pc, Dimse dimse, Attributes cmd, Attributes keys,
      AtomicBoolean cancelled) {
    int msgId = cmd.getInt(Tag.MessageID, 0);
    try {
      Attributes last;
      try {
        last = retrieve(as, pc, dimse, cmd, keys, cancelled);
      } catch (DicomServiceException e) {
        last = DicomServiceRegistry.failure(cmd, e);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, as + ": " + dimse + " failed", e);
        last = DicomServiceRegistry.failure(cmd, new DicomServiceException(Status.UnableToProcess, e.toString()));
      }
      if (as.isReadyForDataTransfer()) {
        as.writeDimseRSP(pc, last, null);
      }
    } catch (IOException e) {
      LOG.log(System.Logger.Level.DEBUG, "{0}: {1} response not sent: {2}", as, dimse, e.toString());
    } finally {
      as.removeCancelHandler(msgId);
      as.removeActiveOperation();
    }
  }

  private Attributes retrieve(Association as, PresentationContext pc, Dimse dimse, Attributes cmd, Attributes keys,
      AtomicBoolean cancelled) throws IOException {
    List<Part10File> matches = calculateMatches(as, cmd, keys);
    boolean move = dimse == Dimse.C_MOVE_RQ;
    Association storeAs = as;
    if (move && !matches.isEmpty()) {
      storeAs = openDestination(as, cmd.getString(Tag.MoveDestination), matches);
    }
    int priority = cmd.getInt(Tag.Priority, 0);
    int completed = 0;
    int failed = 0;
    int warning = 0;
    boolean wasCancelled = false;
    try {
      for (int i = 0; i < matches.size(); i++) {
        if (cancelled.get()) {
          wasCancelled = true;
          break;
        }
        int status = storeOne(storeAs, matches.get(i), priority, move ? as.remoteAet() : null,
            cmd.getInt(Tag.MessageID, 0));
        if (status == Status.Success) {
          completed++;
        } else if (Status.isSuccessOrWarning(status)) {
          warning++;
        } else {
          failed++;
        }
        int remaining = matches.size() - i - 1;
        if (remaining > 0 && as.isReadyForDataTransfer()) {
          Attributes pending = Commands.mkRSP(cmd, Status.Pending);
          Commands.setSubOperations(pending, remaining, completed, failed, warning);
          as.writeDimseRSP(pc, pending, null);
        }
      }
    } finally {
      if (storeAs != as) {
        releaseQuietly(storeAs);
      }
    }
    int status = wasCancelled ? Status.Cancel : failed + warning == 0 ? Status.Success
        : completed + warning == 0 ? Status.UnableToPerformSubOperations : Status.OneOrMoreFailures;
    Attributes rsp = Commands.mkRSP(cmd, status);
    Commands.setSubOperations(rsp, wasCancelled ? matches.size() - completed - failed - warning : -1, completed,
        failed, warning);
    return rsp;
  }

  private int storeOne(Association storeAs, Part10File f, int priority, String moveOriginator, int moveMsgId)
      throws IOException {
    if (!storeAs.isReadyForDataTransfer()) {
      return Status.UnableToPerformSubOperations;
    }
    PresentationContext spc;
    try {
      spc = storeAs.pcFor(f.sopClassUid(), f.transferSyntax());
    } catch (IOException e) {
      return Status.SOPclassNotSupported;
    }
    Attributes rq = moveOriginator == null
        ? Commands.mkStoreRQ(storeAs.nextMessageId(), f.sopClassUid(), f.sopInstanceUid(), priority)
        : Commands.mkStoreRQ(storeAs.nextMessageId(), f.sopClassUid(), f.sopInstanceUid(), priority, moveOriginator,
            moveMsgId);
    org.opendrimbox.dicom.net.DimseRSP rsp = Dimses.invoke(storeAs, spc, rq, f.dataWriter());
    try {
      return Commands.status(rsp.finalResponse());
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "{0}: C-STORE sub-operation failed: {1}", storeAs, e.toString());
      return Status.UnableToProcess;
    }
  }

  private Association openDestination(Association as, String aet, List<Part10File> matches) throws IOException {
    RemoteAe dest = aet == null ? null : destination(aet);
    if (dest == null) {
      throw new DicomServiceException(Status.MoveDestinationUnknown, "unknown move destination " + aet);
    }
    AssociationRequest req = new AssociationRequest(as.calledAet(), dest.aeTitle());
    for (Part10File f : matches) {
      if (req.size() < 128) {
        req.addPresentationContextIfAbsent(f.sopClassUid(), f.transferSyntax());
      }
    }
    try {
      return as.device().connect(dest, req, null);
    } catch (IOException e) {
      throw new DicomServiceException(Status.UnableToPerformSubOperations, "cannot reach " + aet + ": "
          + e.getMessage(), e);
    }
  }

  private static void releaseQuietly(Association as) {
    try {
      as.release();
    } catch (IOException e) {
      as.abort();
    }
  }
}
