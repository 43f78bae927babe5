package org.opendrimbox.dicom.net;

import java.net.SocketTimeoutException;

/** A timeout of {@link ConnectionSettings} expired; the association has been aborted. */
public class AssociationTimeoutException extends SocketTimeoutException {
  private static final long serialVersionUID = 1L;

  public AssociationTimeoutException(String message) {
    super(message);
  }
}
