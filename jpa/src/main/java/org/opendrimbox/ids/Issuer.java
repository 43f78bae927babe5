package org.opendrimbox.ids;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An assigning authority (HL7 HD: namespace, universal id, universal id type), for example
 * {@code ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.10&ISO}. At least one of namespace or universal id is
 * present; two issuers designate the same authority when their universal ids are equal, or, when
 * neither has one, when their namespaces are equal.
 *
 * @param namespace local namespace id (HD-1), may be null
 * @param universalId universal id (HD-2), an OID when the type is ISO, may be null
 * @param universalIdType universal id type (HD-3), usually {@code ISO}, may be null
 */
public record Issuer(String namespace, String universalId, String universalIdType) {

  private static final Pattern OID = Pattern.compile("[0-2](\\.(0|[1-9][0-9]*))+");

  public Issuer {
    namespace = blankToNull(namespace);
    universalId = blankToNull(universalId);
    universalIdType = blankToNull(universalIdType);
    if (namespace == null && universalId == null) {
      throw new IllegalArgumentException("issuer needs a namespace or a universal id");
    }
    if ("ISO".equals(universalIdType) && universalId != null && !isOid(universalId)) {
      throw new IllegalArgumentException("universal id of type ISO is not an OID");
    }
  }

  /** An issuer known only by its OID (a CDA {@code @root}). */
  public static Issuer ofOid(String oid) {
    return new Issuer(null, oid, "ISO");
  }

  /** Whether {@code value} is syntactically an OID (digits and dots, no leading zeros). */
  public static boolean isOid(String value) {
    return value != null && value.length() <= 64 && OID.matcher(value).matches();
  }

  /** Whether both designate the same authority (see the class comment). */
  public boolean sameAuthorityAs(Issuer other) {
    if (other == null) {
      return false;
    }
    if (universalId != null || other.universalId != null) {
      return Objects.equals(universalId, other.universalId);
    }
    return Objects.equals(namespace, other.namespace);
  }

  /** HL7 v2 HD form with {@code &} as subcomponent separator. */
  public String toHd() {
    return nz(namespace) + "&" + nz(universalId) + "&" + nz(universalIdType);
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
