package org.opendrimbox.dicom.net.pdu;

import java.util.List;

/**
 * A presentation context item: in an A-ASSOCIATE-RQ an abstract syntax with the proposed transfer syntaxes, in an
 * A-ASSOCIATE-AC the result and the single accepted transfer syntax (the abstract syntax is then {@code null} on the
 * wire but may be filled in from the request by the association).
 */
public record PresentationContext(int id, int result, String abstractSyntax, List<String> transferSyntaxes) {
  public static final int ACCEPTANCE = 0;
  public static final int USER_REJECTION = 1;
  public static final int NO_REASON = 2;
  public static final int ABSTRACT_SYNTAX_NOT_SUPPORTED = 3;
  public static final int TRANSFER_SYNTAXES_NOT_SUPPORTED = 4;

  public PresentationContext {
    if (id < 1 || id > 255 || (id & 1) == 0) {
      throw new IllegalArgumentException("presentation context ID must be odd and in 1..255: " + id);
    }
    transferSyntaxes = List.copyOf(transferSyntaxes);
  }

  /** A proposed context (A-ASSOCIATE-RQ). */
  public static PresentationContext rq(int id, String abstractSyntax, String... transferSyntaxes) {
    return new PresentationContext(id, 0, abstractSyntax, List.of(transferSyntaxes));
  }

  /** An answered context (A-ASSOCIATE-AC); {@code transferSyntax} may be null when rejected. */
  public static PresentationContext ac(int id, int result, String transferSyntax) {
    return new PresentationContext(id, result, null, transferSyntax == null ? List.of() : List.of(transferSyntax));
  }

  public boolean isAccepted() {
    return result == ACCEPTANCE;
  }

  /** The first (for an accepted context: the only) transfer syntax, or null. */
  public String transferSyntax() {
    return transferSyntaxes.isEmpty() ? null : transferSyntaxes.get(0);
  }

  /** Same context with the abstract syntax set (used to complete an AC item from its RQ item). */
  public PresentationContext withAbstractSyntax(String as) {
    return new PresentationContext(id, result, as, transferSyntaxes);
  }
}
