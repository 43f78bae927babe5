package org.opendrimbox.dicom.net.pdu;

import java.util.List;

/**
 * A-ASSOCIATE-RQ: called and calling AE titles, application context, proposed presentation contexts, user information.
 */
public record AAssociateRQ(String calledAet, String callingAet, String applicationContext,
    List<PresentationContext> presentationContexts, UserInformation userInformation) {
  /** The DICOM application context name (PS3.7 annex A). */
  public static final String DICOM_APPLICATION_CONTEXT = "1.2.840.10008.3.1.1.1";

  public AAssociateRQ {
    AeTitles.check(calledAet);
    AeTitles.check(callingAet);
    presentationContexts = List.copyOf(presentationContexts);
  }

  /** The proposed presentation context with this ID, or null. */
  public PresentationContext presentationContext(int id) {
    for (PresentationContext pc : presentationContexts) {
      if (pc.id() == id) {
        return pc;
      }
    }
    return null;
  }
}
