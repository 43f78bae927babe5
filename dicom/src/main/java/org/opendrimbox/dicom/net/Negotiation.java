package org.opendrimbox.dicom.net;

import java.util.ArrayList;
import java.util.List;
import org.opendrimbox.dicom.net.TransferCapability.Role;
import org.opendrimbox.dicom.net.pdu.AAssociateAC;
import org.opendrimbox.dicom.net.pdu.AAssociateRJ;
import org.opendrimbox.dicom.net.pdu.AAssociateRQ;
import org.opendrimbox.dicom.net.pdu.PresentationContext;
import org.opendrimbox.dicom.net.pdu.RoleSelection;
import org.opendrimbox.dicom.net.pdu.UserInformation;

/**
 * Acceptor-side negotiation: checks AE titles and application context, then answers every presentation context from
 * the local AE's transfer capabilities (the peer's transfer syntax order wins) and every role selection.
 */
final class Negotiation {
  private Negotiation() {
  }

  /** Returns an {@link AAssociateAC} or an {@link AAssociateRJ}. */
  static Object answer(LocalAe ae, ConnectionSettings settings, AAssociateRQ rq) {
    if (!AAssociateRQ.DICOM_APPLICATION_CONTEXT.equals(rq.applicationContext())) {
      return new AAssociateRJ(AAssociateRJ.RESULT_PERMANENT, AAssociateRJ.SOURCE_SERVICE_USER,
          AAssociateRJ.REASON_APP_CONTEXT_NOT_SUPPORTED);
    }
    if (!ae.aeTitle().equals(rq.calledAet())) {
      return new AAssociateRJ(AAssociateRJ.RESULT_PERMANENT, AAssociateRJ.SOURCE_SERVICE_USER,
          AAssociateRJ.REASON_CALLED_AET_NOT_RECOGNIZED);
    }
    if (!ae.acceptsCaller(rq.callingAet())) {
      return new AAssociateRJ(AAssociateRJ.RESULT_PERMANENT, AAssociateRJ.SOURCE_SERVICE_USER,
          AAssociateRJ.REASON_CALLING_AET_NOT_RECOGNIZED);
    }
    List<RoleSelection> roles = new ArrayList<>();
    for (RoleSelection rs : rq.userInformation().roleSelections()) {
      boolean scu = rs.scu() && ae.capability(rs.sopClassUid(), Role.SCP) != null;
      boolean scp = rs.scp() && ae.capability(rs.sopClassUid(), Role.SCU) != null;
      roles.add(new RoleSelection(rs.sopClassUid(), scu, scp));
    }
    List<PresentationContext> pcs = new ArrayList<>();
    for (PresentationContext pc : rq.presentationContexts()) {
      pcs.add(answer(ae, pc, roleOf(roles, rq, pc.abstractSyntax())));
    }
    UserInformation ui = UserInformation.of(settings.maxPduLength(), roles);
    return new AAssociateAC(rq.calledAet(), rq.callingAet(), rq.applicationContext(), pcs, ui);
  }

  private static RoleSelection roleOf(List<RoleSelection> answered, AAssociateRQ rq, String cuid) {
    for (RoleSelection rs : answered) {
      if (rs.sopClassUid().equals(cuid)) {
        return rs;
      }
    }
    return null;
  }

  private static PresentationContext answer(LocalAe ae, PresentationContext pc, RoleSelection rs) {
    boolean peerScu = rs == null || rs.scu();
    boolean peerScp = rs != null && rs.scp();
    TransferCapability tc = null;
    if (peerScu) {
      tc = ae.capability(pc.abstractSyntax(), Role.SCP);
    }
    if (tc == null && peerScp) {
      tc = ae.capability(pc.abstractSyntax(), Role.SCU);
    }
    if (tc == null) {
      return PresentationContext.ac(pc.id(), PresentationContext.ABSTRACT_SYNTAX_NOT_SUPPORTED, pc.transferSyntax());
    }
    String ts = tc.select(pc.transferSyntaxes());
    return ts == null
        ? PresentationContext.ac(pc.id(), PresentationContext.TRANSFER_SYNTAXES_NOT_SUPPORTED, pc.transferSyntax())
        : PresentationContext.ac(pc.id(), PresentationContext.ACCEPTANCE, ts);
  }
}
