package org.opendrimbox.dicom.net;

import java.io.IOException;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.net.pdu.AAbort;
import org.opendrimbox.dicom.net.pdu.PduDecoder;
import org.opendrimbox.dicom.net.pdu.PduFormatException;
import org.opendrimbox.dicom.net.pdu.PduType;
import org.opendrimbox.dicom.net.pdu.PresentationContext;

/**
 * The reader loop of an established association: reads each command, hands its data set as a {@link PDVInputStream} to
 * the response handler or the service registry, drains what they left unread, and handles release and abort PDUs.
 */
final class AssociationReader {
  /** Upper bound of a command set; real ones are a few hundred bytes. */
  private static final int MAX_COMMAND = 65536;

  private final Association as;
  private final PduInput in;

  private AssociationReader(Association as) {
    this.as = as;
    this.in = as.pduIn;
  }

  static void run(Association as) {
    new AssociationReader(as).loop();
  }

  private void loop() {
    try {
      while (true) {
        if (!in.nextPdv()) {
          if (onControlPdu(in.controlType, in.controlBody)) {
            return;
          }
          continue;
        }
        if (!in.isCommand()) {
          throw new PduFormatException(AAbort.REASON_UNEXPECTED_PDU_PARAMETER, "data fragment without command");
        }
        int pcid = in.pcid;
        Attributes cmd = CommandCodec.decode(readCommand(pcid), commandLength);
        PresentationContext pc = as.presentationContext(pcid);
        if (pc == null) {
          throw new PduFormatException(AAbort.REASON_UNEXPECTED_PDU_PARAMETER, "presentation context " + pcid
              + " was not accepted");
        }
        PDVInputStream data = Commands.hasDataset(cmd) ? new PDVInputStream(as, in, pcid, pc.transferSyntax()) : null;
        dispatch(pc, cmd, data);
        if (data != null && !data.isEof()) {
          data.skipAll();
        }
      }
    } catch (PduFormatException e) {
      Association.LOG.log(System.Logger.Level.WARNING, "{0}: protocol error, aborting: {1}", as, e.getMessage());
      as.abort(AAbort.SOURCE_PROVIDER, e.abortReason(), e);
    } catch (AAbortException e) {
      as.close(e);
    } catch (AssociationTimeoutException e) {
      Association.LOG.log(System.Logger.Level.WARNING, "{0}", e.getMessage());
      as.abort(AAbort.SOURCE_PROVIDER, AAbort.REASON_NOT_SPECIFIED, e);
    } catch (IOException | RuntimeException e) {
      if (as.state() != Association.State.CLOSED) {
        Association.LOG.log(System.Logger.Level.DEBUG, "{0}: connection lost: {1}", as, e.toString());
        as.abort(AAbort.SOURCE_PROVIDER, AAbort.REASON_NOT_SPECIFIED,
            e instanceof IOException io ? io : new IOException(e));
      }
    }
  }

  private byte[] commandBuf = new byte[1024];
  private int commandLength;

  private byte[] readCommand(int pcid) throws IOException {
    commandLength = 0;
    while (true) {
      int n;
      while ((n = in.readPdv(commandBuf, commandLength, commandBuf.length - commandLength)) >= 0) {
        commandLength += n;
        if (commandLength == commandBuf.length) {
          if (commandBuf.length >= MAX_COMMAND) {
            throw new PduFormatException(AAbort.REASON_INVALID_PDU_PARAMETER_VALUE, "command set too long");
          }
          commandBuf = java.util.Arrays.copyOf(commandBuf, commandBuf.length * 2);
        }
      }
      if (in.isLast()) {
        return commandBuf;
      }
      if (!in.nextPdv()) {
        insideMessage(as, in.controlType, in.controlBody);
      }
      if (!in.isCommand() || in.pcid != pcid) {
        throw new PduFormatException(AAbort.REASON_UNEXPECTED_PDU_PARAMETER, "command fragments interleaved");
      }
    }
  }

  private void dispatch(PresentationContext pc, Attributes cmd, PDVInputStream data) throws IOException {
    Dimse dimse = Commands.dimse(cmd);
    if (dimse == null) {
      throw new PduFormatException(AAbort.REASON_UNEXPECTED_PDU_PARAMETER,
          "unsupported command field " + cmd.getInt(Tag.CommandField, -1));
    }
    if (dimse.isRSP()) {
      int status = Commands.status(cmd);
      DimseRSPHandler h = as.responseHandler(cmd.getInt(Tag.MessageIDBeingRespondedTo, -1), !Status.isPending(status));
      Attributes ds = data == null ? null : Datasets.read(data);
      if (h == null) {
        Association.LOG.log(System.Logger.Level.WARNING, "{0}: unexpected {1}, ignored", as, dimse);
      } else {
        h.onDimseRSP(as, cmd, ds);
      }
    } else if (dimse == Dimse.C_CANCEL_RQ) {
      Runnable r = as.cancelHandler(cmd.getInt(Tag.MessageIDBeingRespondedTo, -1));
      if (r != null) {
        r.run();
      }
    } else if (as.services() == null) {
      as.writeDimseRSP(pc, Commands.mkRSP(cmd, Status.UnrecognizedOperation), null);
    } else {
      as.services().onDimseRQ(as, pc, dimse, cmd, data);
    }
  }

  /** A non-data PDU arrived in the middle of a message: an abort ends the association, anything else is an error. */
  static void insideMessage(Association as, int type, byte[] body) throws IOException {
    if (type == PduType.A_ABORT) {
      throw new AAbortException(PduDecoder.decodeAbort(body), as + ": aborted by peer");
    }
    throw new PduFormatException(AAbort.REASON_UNEXPECTED_PDU, "unexpected " + PduType.name(type)
        + " inside a DIMSE message");
  }

  /** Handles a non-data PDU between messages; returns true when the association is over. */
  private boolean onControlPdu(int type, byte[] body) throws IOException {
    switch (type) {
      case PduType.A_RELEASE_RQ -> {
        if (as.state() == Association.State.RELEASE_REQUESTED) {
          as.writeReleaseRP(); // release collision: answer and keep waiting for our RP
          return false;
        }
        as.setState(Association.State.RELEASE_REQUESTED);
        as.writeReleaseRP();
        Association.LOG.log(System.Logger.Level.INFO, "{0}: released by peer", as);
        as.close(null);
        return true;
      }
      case PduType.A_RELEASE_RP -> {
        if (as.state() != Association.State.RELEASE_REQUESTED) {
          throw new PduFormatException(AAbort.REASON_UNEXPECTED_PDU, "unexpected A-RELEASE-RP");
        }
        as.close(null);
        return true;
      }
      case PduType.A_ABORT -> {
        AAbort abort = PduDecoder.decodeAbort(body);
        as.close(new AAbortException(abort, as.name() + ": aborted by peer"));
        return true;
      }
      default -> throw new PduFormatException(AAbort.REASON_UNEXPECTED_PDU, "unexpected " + PduType.name(type));
    }
  }
}
