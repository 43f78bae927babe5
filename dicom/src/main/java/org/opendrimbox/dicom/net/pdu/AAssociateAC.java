package org.opendrimbox.dicom.net.pdu;

import java.util.List;

/** A-ASSOCIATE-AC: echoes the AE titles and answers each proposed presentation context. */
public record AAssociateAC(String calledAet, String callingAet, String applicationContext,
    List<PresentationContext> presentationContexts, UserInformation userInformation) {
  public AAssociateAC {
    AeTitles.check(calledAet);
    AeTitles.check(callingAet);
    presentationContexts = List.copyOf(presentationContexts);
  }

  /** The answered presentation context with this ID, or null. */
  public PresentationContext presentationContext(int id) {
    for (PresentationContext pc : presentationContexts) {
      if (pc.id() == id) {
        return pc;
      }
    }
    return null;
  }
}
