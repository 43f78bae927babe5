package org.opendrimbox.dicom.net;

import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.VR;

/** Builds and inspects DIMSE-C command sets (PS3.7 chapter 9). */
public final class Commands {
  /** (0000,0800) value meaning "no data set". */
  public static final int NO_DATASET = 0x0101;
  /** (0000,0800) value used when a data set follows. */
  public static final int WITH_DATASET = 0x0000;

  private Commands() {
  }

  public static Attributes mkEchoRQ(int msgId) {
    return rq(Dimse.C_ECHO_RQ, msgId, org.opendrimbox.dicom.data.UID.Verification, false);
  }

  public static Attributes mkStoreRQ(int msgId, String cuid, String iuid, int priority) {
    Attributes cmd = rq(Dimse.C_STORE_RQ, msgId, cuid, true);
    cmd.setInt(Tag.Priority, VR.US, priority);
    cmd.setString(Tag.AffectedSOPInstanceUID, VR.UI, iuid);
    return cmd;
  }

  /** A C-STORE-RQ issued as a C-MOVE sub-operation. */
  public static Attributes mkStoreRQ(int msgId, String cuid, String iuid, int priority, String moveOriginatorAet,
      int moveOriginatorMsgId) {
    Attributes cmd = mkStoreRQ(msgId, cuid, iuid, priority);
    cmd.setString(Tag.MoveOriginatorApplicationEntityTitle, VR.AE, moveOriginatorAet);
    cmd.setInt(Tag.MoveOriginatorMessageID, VR.US, moveOriginatorMsgId);
    return cmd;
  }

  public static Attributes mkFindRQ(int msgId, String cuid, int priority) {
    Attributes cmd = rq(Dimse.C_FIND_RQ, msgId, cuid, true);
    cmd.setInt(Tag.Priority, VR.US, priority);
    return cmd;
  }

  public static Attributes mkGetRQ(int msgId, String cuid, int priority) {
    Attributes cmd = rq(Dimse.C_GET_RQ, msgId, cuid, true);
    cmd.setInt(Tag.Priority, VR.US, priority);
    return cmd;
  }

  public static Attributes mkMoveRQ(int msgId, String cuid, int priority, String destination) {
    Attributes cmd = rq(Dimse.C_MOVE_RQ, msgId, cuid, true);
    cmd.setInt(Tag.Priority, VR.US, priority);
    cmd.setString(Tag.MoveDestination, VR.AE, destination);
    return cmd;
  }

  public static Attributes mkCancelRQ(int msgId) {
    Attributes cmd = new Attributes(3);
    cmd.setInt(Tag.CommandField, VR.US, Dimse.C_CANCEL_RQ.commandField());
    cmd.setInt(Tag.MessageIDBeingRespondedTo, VR.US, msgId);
    cmd.setInt(Tag.CommandDataSetType, VR.US, NO_DATASET);
    return cmd;
  }

  /** The response to {@code rq} with this status, echoing the affected SOP class and instance UIDs. */
  public static Attributes mkRSP(Attributes rq, int status) {
    Dimse dimse = Dimse.valueOf(rq.getInt(Tag.CommandField, 0));
    Attributes rsp = new Attributes(8);
    rsp.setInt(Tag.CommandField, VR.US, dimse.rsp().commandField());
    String cuid = rq.getString(Tag.AffectedSOPClassUID);
    if (cuid != null) {
      rsp.setString(Tag.AffectedSOPClassUID, VR.UI, cuid);
    }
    rsp.setInt(Tag.MessageIDBeingRespondedTo, VR.US, rq.getInt(Tag.MessageID, 0));
    rsp.setInt(Tag.CommandDataSetType, VR.US, NO_DATASET);
    rsp.setInt(Tag.Status, VR.US, status);
    String iuid = rq.getString(Tag.AffectedSOPInstanceUID);
    if (iuid != null) {
      rsp.setString(Tag.AffectedSOPInstanceUID, VR.UI, iuid);
    }
    return rsp;
  }

  /** Sets the sub-operation counters of a C-MOVE/C-GET response; negative values are left out. */
  public static void setSubOperations(Attributes rsp, int remaining, int completed, int failed, int warning) {
    if (remaining >= 0) {
      rsp.setInt(Tag.NumberOfRemainingSuboperations, VR.US, remaining);
    }
    rsp.setInt(Tag.NumberOfCompletedSuboperations, VR.US, completed);
    rsp.setInt(Tag.NumberOfFailedSuboperations, VR.US, failed);
    rsp.setInt(Tag.NumberOfWarningSuboperations, VR.US, warning);
  }

  public static boolean hasDataset(Attributes cmd) {
    return cmd.getInt(Tag.CommandDataSetType, NO_DATASET) != NO_DATASET;
  }

  public static int status(Attributes rsp) {
    return rsp.getInt(Tag.Status, -1);
  }

  public static Dimse dimse(Attributes cmd) {
    return Dimse.valueOf(cmd.getInt(Tag.CommandField, -1));
  }

  private static Attributes rq(Dimse dimse, int msgId, String cuid, boolean dataset) {
    Attributes cmd = new Attributes(8);
    cmd.setString(Tag.AffectedSOPClassUID, VR.UI, cuid);
    cmd.setInt(Tag.CommandField, VR.US, dimse.commandField());
    cmd.setInt(Tag.MessageID, VR.US, msgId);
    cmd.setInt(Tag.CommandDataSetType, VR.US, dataset ? WITH_DATASET : NO_DATASET);
    return cmd;
  }
}
