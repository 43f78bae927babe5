package org.opendrimbox.dicom.net;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.opendrimbox.dicom.net.pdu.AAssociateAC;
import org.opendrimbox.dicom.net.pdu.AAssociateRQ;
import org.opendrimbox.dicom.net.pdu.PresentationContext;

/** The accepted presentation contexts of an association, with the abstract syntax of the request filled in. */
final class AcceptedContexts {
  private final Map<Integer, PresentationContext> byId = new HashMap<>();

  void init(AAssociateRQ rq, AAssociateAC ac) {
    for (PresentationContext pc : ac.presentationContexts()) {
      PresentationContext proposed = rq.presentationContext(pc.id());
      if (pc.isAccepted() && proposed != null) {
        byId.put(pc.id(), pc.withAbstractSyntax(proposed.abstractSyntax()));
      }
    }
  }

  int size() {
    return byId.size();
  }

  PresentationContext get(int id) {
    return byId.get(id);
  }

  PresentationContext find(String name, String abstractSyntax, String transferSyntax)
      throws NoPresentationContextException {
    PresentationContext best = null;
    for (PresentationContext pc : byId.values()) {
      if (pc.abstractSyntax().equals(abstractSyntax)
          && (transferSyntax == null || transferSyntax.equals(pc.transferSyntax()))
          && (best == null || pc.id() < best.id())) {
        best = pc;
      }
    }
    if (best == null) {
      throw new NoPresentationContextException(name + ": no accepted presentation context for " + abstractSyntax
          + (transferSyntax == null ? "" : " with " + transferSyntax));
    }
    return best;
  }

  List<String> transferSyntaxes(String abstractSyntax) {
    return byId.values().stream().filter(pc -> pc.abstractSyntax().equals(abstractSyntax))
        .sorted(Comparator.comparingInt(PresentationContext::id)).map(PresentationContext::transferSyntax).toList();
  }
}
