package org.opendrimbox.dicom.net.service;

import java.io.IOException;
import java.util.List;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.net.Association;
import org.opendrimbox.dicom.net.Commands;
import org.opendrimbox.dicom.net.Dimse;
import org.opendrimbox.dicom.net.PDVInputStream;
import org.opendrimbox.dicom.net.Status;
import org.opendrimbox.dicom.net.pdu.PresentationContext;

/** Verification SCP: answers every C-ECHO-RQ with Success. */
public class BasicCEchoScp implements DicomService {
  @Override
  public List<String> sopClasses() {
    return List.of(UID.Verification);
  }

  @Override
  public void onDimseRQ(Association as, PresentationContext pc, Dimse dimse, Attributes cmd, PDVInputStream data)
      throws IOException {
    if (dimse != Dimse.C_ECHO_RQ) {
      throw new DicomServiceException(Status.UnrecognizedOperation, dimse + " on Verification");
    }
    as.writeDimseRSP(pc, Commands.mkRSP(cmd, Status.Success), null);
  }
}
