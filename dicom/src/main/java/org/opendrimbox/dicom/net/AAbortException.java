package org.opendrimbox.dicom.net;

import java.io.IOException;
import org.opendrimbox.dicom.net.pdu.AAbort;

/** The association was aborted (A-ABORT received or sent). */
public class AAbortException extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient AAbort abort;

  public AAbortException(AAbort abort, String message) {
    super(message + ": " + abort);
    this.abort = abort;
  }

  public AAbort abort() {
    return abort;
  }
}
