package org.opendrimbox.dicom.net;

import java.util.ArrayList;
import java.util.List;
import org.opendrimbox.dicom.net.pdu.AAssociateRQ;
import org.opendrimbox.dicom.net.pdu.PresentationContext;
import org.opendrimbox.dicom.net.pdu.RoleSelection;
import org.opendrimbox.dicom.net.pdu.UserInformation;

/** Builds the A-ASSOCIATE-RQ of a requestor: presentation contexts get IDs 1, 3, 5 ... in the order added. */
public final class AssociationRequest {
  private final String callingAet;
  private final String calledAet;
  private final List<PresentationContext> pcs = new ArrayList<>();
  private final List<RoleSelection> roles = new ArrayList<>();

  public AssociationRequest(String callingAet, String calledAet) {
    this.callingAet = callingAet;
    this.calledAet = calledAet;
  }

  public AssociationRequest addPresentationContext(String abstractSyntax, String... transferSyntaxes) {
    int id = pcs.size() * 2 + 1;
    if (id > 255) {
      throw new IllegalStateException("at most 128 presentation contexts");
    }
    pcs.add(PresentationContext.rq(id, abstractSyntax, transferSyntaxes));
    return this;
  }

  /** Adds a context unless one with the same abstract syntax and transfer syntaxes exists. */
  public AssociationRequest addPresentationContextIfAbsent(String abstractSyntax, String... transferSyntaxes) {
    List<String> ts = List.of(transferSyntaxes);
    for (PresentationContext pc : pcs) {
      if (pc.abstractSyntax().equals(abstractSyntax) && pc.transferSyntaxes().equals(ts)) {
        return this;
      }
    }
    return addPresentationContext(abstractSyntax, transferSyntaxes);
  }

  public AssociationRequest addRoleSelection(String sopClassUid, boolean scu, boolean scp) {
    roles.add(new RoleSelection(sopClassUid, scu, scp));
    return this;
  }

  public int size() {
    return pcs.size();
  }

  /** The request, offering {@code maxPduLength} as our receive limit. */
  public AAssociateRQ build(int maxPduLength) {
    return new AAssociateRQ(calledAet, callingAet, AAssociateRQ.DICOM_APPLICATION_CONTEXT, pcs,
        UserInformation.of(maxPduLength, roles));
  }
}
