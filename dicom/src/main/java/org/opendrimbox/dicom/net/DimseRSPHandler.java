package org.opendrimbox.dicom.net;

import java.io.IOException;
import org.opendrimbox.dicom.data.Attributes;

/**
 * Receives the responses to one DIMSE request, on the association's reader thread: pending responses first, then the
 * final one. {@link #onClose} is called instead when the association ends before the final response.
 */
public interface DimseRSPHandler {
  void onDimseRSP(Association as, Attributes cmd, Attributes data);

  default void onClose(Association as, IOException cause) {
  }
}
