package org.opendrimbox.dicom.net.service;

import java.io.IOException;
import java.util.List;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.net.Association;
import org.opendrimbox.dicom.net.Dimse;
import org.opendrimbox.dicom.net.PDVInputStream;
import org.opendrimbox.dicom.net.pdu.PresentationContext;

/**
 * A DIMSE service provider for some SOP classes. Called on the association's reader thread with the request command
 * and, if the request has one, its data set as a stream; it must send the response(s) itself (the templates do) or
 * throw a {@link DicomServiceException}, which the registry turns into a failure response. Long work (queries,
 * retrieves) should go to {@link Association#executor()} so the reader stays free for C-CANCEL and C-STORE-RSPs.
 */
public interface DicomService {
  /** SOP class UIDs served; {@code "*"} serves any. */
  List<String> sopClasses();

  void onDimseRQ(Association as, PresentationContext pc, Dimse dimse, Attributes cmd, PDVInputStream data)
      throws IOException;
}
