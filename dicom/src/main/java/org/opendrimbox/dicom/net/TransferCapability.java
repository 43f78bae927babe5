package org.opendrimbox.dicom.net;

import java.util.List;

/**
 * What a local AE supports for one SOP class in one role. {@code "*"} as SOP class matches any abstract syntax and as
 * transfer syntax any transfer syntax. Transfer syntaxes are listed in order of preference only when the peer's
 * proposal leaves a choice; the peer's order wins otherwise.
 */
public record TransferCapability(String sopClassUid, Role role, List<String> transferSyntaxes) {
  /** The role the local AE plays for the SOP class. */
  public enum Role { SCU, SCP }

  public static final String ANY = "*";

  public TransferCapability {
    transferSyntaxes = List.copyOf(transferSyntaxes);
  }

  public static TransferCapability scp(String sopClassUid, String... transferSyntaxes) {
    return new TransferCapability(sopClassUid, Role.SCP, List.of(transferSyntaxes));
  }

  public static TransferCapability scu(String sopClassUid, String... transferSyntaxes) {
    return new TransferCapability(sopClassUid, Role.SCU, List.of(transferSyntaxes));
  }

  boolean matches(String abstractSyntax, Role r) {
    return role == r && (ANY.equals(sopClassUid) || sopClassUid.equals(abstractSyntax));
  }

  /** The first of the proposed transfer syntaxes this capability accepts, or null. */
  String select(List<String> proposed) {
    for (String ts : proposed) {
      if (transferSyntaxes.contains(ANY) || transferSyntaxes.contains(ts)) {
        return ts;
      }
    }
    return null;
  }
}
