package org.opendrimbox.trust.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/**
 * Compares certificate subject DNs with the whitelist's {@code DNCertificatOperateur} strings: same set of
 * attribute values, whatever the order of the RDNs (some tools write {@code C=FR,...,CN=...}), the case of the
 * attribute names and values, or the ASN.1 string type in the certificate.
 */
public final class DistinguishedNames {

  private DistinguishedNames() {}

  /** Parses an RFC 2253 / RFC 4514 string; throws IllegalArgumentException when it is not a DN. */
  public static X500Principal parse(String dn) {
    if (dn == null || dn.isBlank()) {
      throw new IllegalArgumentException("empty distinguished name");
    }
    return new X500Principal(dn.strip());
  }

  /** True when both name the same subject. */
  public static boolean same(X500Principal a, X500Principal b) {
    if (a == null || b == null) {
      return false;
    }
    if (a.getName(X500Principal.CANONICAL).equals(b.getName(X500Principal.CANONICAL))) {
      return true;
    }
    List<String> left = sortedRdns(a);
    return !left.isEmpty() && left.equals(sortedRdns(b));
  }

  private static List<String> sortedRdns(X500Principal p) {
    try {
      List<String> out = new ArrayList<>();
      for (Rdn rdn : new LdapName(p.getName(X500Principal.CANONICAL)).getRdns()) {
        out.add(rdn.toString().toLowerCase(Locale.ROOT));
      }
      out.sort(null);
      return out;
    } catch (InvalidNameException e) {
      return List.of();
    }
  }
}
