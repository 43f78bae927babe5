package org.opendrimbox.dicom.net;

import java.io.IOException;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.net.pdu.PresentationContext;

/**
 * The DIMSE-C service user operations on an established association, each in handler form and in blocking form
 * ({@link DimseRSP}). Data sets are written in the transfer syntax of the chosen presentation context.
 */
public final class Dimses {
  private Dimses() {
  }

  public static DimseRSP echo(Association as) throws IOException {
    PresentationContext pc = as.pcFor(UID.Verification, null);
    return invoke(as, pc, Commands.mkEchoRQ(as.nextMessageId()), null);
  }

  public static void echo(Association as, DimseRSPHandler handler) throws IOException {
    PresentationContext pc = as.pcFor(UID.Verification, null);
    as.invoke(pc, Commands.mkEchoRQ(as.nextMessageId()), null, handler);
  }

  /** C-STORE of a data set already encoded in {@code transferSyntax} (e.g. streamed from a file). */
  public static void store(Association as, String cuid, String iuid, int priority, DataWriter data,
      String transferSyntax, DimseRSPHandler handler) throws IOException {
    PresentationContext pc = as.pcFor(cuid, transferSyntax);
    as.invoke(pc, Commands.mkStoreRQ(as.nextMessageId(), cuid, iuid, priority), data, handler);
  }

  public static DimseRSP store(Association as, String cuid, String iuid, int priority, DataWriter data,
      String transferSyntax) throws IOException {
    PresentationContext pc = as.pcFor(cuid, transferSyntax);
    return invoke(as, pc, Commands.mkStoreRQ(as.nextMessageId(), cuid, iuid, priority), data);
  }

  public static void find(Association as, String cuid, int priority, Attributes keys, DimseRSPHandler handler)
      throws IOException {
    PresentationContext pc = as.pcFor(cuid, null);
    as.invoke(pc, Commands.mkFindRQ(as.nextMessageId(), cuid, priority), Datasets.writer(keys), handler);
  }

  public static DimseRSP find(Association as, String cuid, int priority, Attributes keys) throws IOException {
    PresentationContext pc = as.pcFor(cuid, null);
    return invoke(as, pc, Commands.mkFindRQ(as.nextMessageId(), cuid, priority), Datasets.writer(keys));
  }

  /** C-GET: the instances arrive as C-STORE-RQs handled by the association's service registry. */
  public static DimseRSP get(Association as, String cuid, int priority, Attributes keys) throws IOException {
    PresentationContext pc = as.pcFor(cuid, null);
    return invoke(as, pc, Commands.mkGetRQ(as.nextMessageId(), cuid, priority), Datasets.writer(keys));
  }

  public static void get(Association as, String cuid, int priority, Attributes keys, DimseRSPHandler handler)
      throws IOException {
    PresentationContext pc = as.pcFor(cuid, null);
    as.invoke(pc, Commands.mkGetRQ(as.nextMessageId(), cuid, priority), Datasets.writer(keys), handler);
  }

  public static DimseRSP move(Association as, String cuid, int priority, Attributes keys, String destination)
      throws IOException {
    PresentationContext pc = as.pcFor(cuid, null);
    return invoke(as, pc, Commands.mkMoveRQ(as.nextMessageId(), cuid, priority, destination), Datasets.writer(keys));
  }

  public static void move(Association as, String cuid, int priority, Attributes keys, String destination,
      DimseRSPHandler handler) throws IOException {
    PresentationContext pc = as.pcFor(cuid, null);
    as.invoke(pc, Commands.mkMoveRQ(as.nextMessageId(), cuid, priority, destination), Datasets.writer(keys), handler);
  }

  /** Sends any request command (Message ID already set) and returns its blocking response reader. */
  public static DimseRSP invoke(Association as, PresentationContext pc, Attributes cmd, DataWriter data)
      throws IOException {
    DimseRSP rsp = new DimseRSP(as.settings().responseTimeout());
    rsp.bind(as, pc, cmd.getInt(org.opendrimbox.dicom.data.Tag.MessageID, 0));
    as.invoke(pc, cmd, data, rsp);
    return rsp;
  }
}
