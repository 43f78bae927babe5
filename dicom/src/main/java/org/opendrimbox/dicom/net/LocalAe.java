package org.opendrimbox.dicom.net;

import java.util.List;
import java.util.Set;
import org.opendrimbox.dicom.net.pdu.AeTitles;

/**
 * A local Application Entity: its title, the transfer capabilities it accepts as association acceptor, and the calling
 * AE titles it accepts (empty = any).
 */
public record LocalAe(String aeTitle, List<TransferCapability> transferCapabilities, Set<String> acceptedCallingAets) {
  public LocalAe {
    AeTitles.check(aeTitle);
    transferCapabilities = List.copyOf(transferCapabilities);
    acceptedCallingAets = Set.copyOf(acceptedCallingAets);
  }

  /** An AE used only as a requestor (no acceptor capabilities). */
  public static LocalAe requestor(String aeTitle) {
    return new LocalAe(aeTitle, List.of(), Set.of());
  }

  public LocalAe withCapabilities(List<TransferCapability> caps) {
    return new LocalAe(aeTitle, caps, acceptedCallingAets);
  }

  /** The first capability for this abstract syntax in that role, or null. */
  public TransferCapability capability(String abstractSyntax, TransferCapability.Role role) {
    for (TransferCapability tc : transferCapabilities) {
      if (tc.matches(abstractSyntax, role)) {
        return tc;
      }
    }
    return null;
  }

  boolean acceptsCaller(String callingAet) {
    return acceptedCallingAets.isEmpty() || acceptedCallingAets.contains(callingAet);
  }
}
