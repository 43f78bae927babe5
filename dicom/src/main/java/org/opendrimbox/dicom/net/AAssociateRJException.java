package org.opendrimbox.dicom.net;

import java.io.IOException;
import org.opendrimbox.dicom.net.pdu.AAssociateRJ;

/** The association request was rejected by the peer (or by us, on the acceptor side). */
public class AAssociateRJException extends IOException {
  private static final long serialVersionUID = 1L;
  private final transient AAssociateRJ rj;

  public AAssociateRJException(AAssociateRJ rj) {
    super(rj.toString());
    this.rj = rj;
  }

  public AAssociateRJ rj() {
    return rj;
  }
}
