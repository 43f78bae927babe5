package org.opendrimbox.dicom.net.service;

import java.io.IOException;
import java.util.List;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.net.Association;
import org.opendrimbox.dicom.net.Commands;
import org.opendrimbox.dicom.net.Dimse;
import org.opendrimbox.dicom.net.PDVInputStream;
import org.opendrimbox.dicom.net.Status;
import org.opendrimbox.dicom.net.pdu.PresentationContext;

/**
 * Template Storage SCP: {@link #store} receives the data set as a stream (nothing parsed yet) and may change the
 * prepared Success response or throw a {@link DicomServiceException}; the response is sent afterwards.
 */
public abstract class BasicCStoreScp implements DicomService {
  private final List<String> sopClasses;

  /** Serves the given storage SOP classes ({@code "*"} for any). */
  protected BasicCStoreScp(List<String> sopClasses) {
    this.sopClasses = List.copyOf(sopClasses);
  }

  @Override
  public List<String> sopClasses() {
    return sopClasses;
  }

  @Override
  public void onDimseRQ(Association as, PresentationContext pc, Dimse dimse, Attributes cmd, PDVInputStream data)
      throws IOException {
    if (dimse != Dimse.C_STORE_RQ) {
      throw new DicomServiceException(Status.UnrecognizedOperation, dimse + " on a storage SOP class");
    }
    if (data == null) {
      throw new DicomServiceException(Status.CannotUnderstand, "C-STORE-RQ without data set");
    }
    Attributes rsp = Commands.mkRSP(cmd, Status.Success);
    store(as, pc, cmd, data, rsp);
    as.writeDimseRSP(pc, rsp, null);
  }

  /** Stores one instance; {@code data.transferSyntax()} tells its encoding. */
  protected abstract void store(Association as, PresentationContext pc, Attributes rq, PDVInputStream data,
      Attributes rsp) throws IOException;
}
