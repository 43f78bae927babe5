package org.opendrimbox.ids;

import java.util.Set;

/**
 * A French national health identifier (INS, matricule INS-NIR) qualified by its OID: {@link
 * #OID_NIR} in production, {@link #OID_NIR_TEST} for the test INS-NIR of the ANS data sets. The
 * value is the 15-character NIR (13 characters, Corsican departments 2A/2B allowed, plus a 2-digit
 * key checked modulo 97). Whether the identity is <em>qualified</em> (identity status) is not a
 * property of the number and is carried elsewhere.
 *
 * @param value the 15-character NIR with its key
 * @param oid the assigning authority OID
 */
public record Ins(String value, String oid) {

  /** INS-NIR, production. */
  public static final String OID_NIR = "1.2.250.1.213.1.4.8";

  /** INS-NIR of test (ANS test patients). */
  public static final String OID_NIR_TEST = "1.2.250.1.213.1.4.10";

  /** Namespace of the INS assigning authority (IssuerOfPatientID in the KOS). */
  public static final String NAMESPACE = "ASIP-SANTE-INS-NIR";

  private static final Set<String> OIDS = Set.of(OID_NIR, OID_NIR_TEST);

  public Ins {
    if (value == null || oid == null) {
      throw new IllegalArgumentException("INS value and OID are required");
    }
    value = value.strip();
    oid = oid.strip();
    if (!OIDS.contains(oid)) {
      throw new IllegalArgumentException("not an INS-NIR OID: " + oid);
    }
    if (!hasValidKey(value)) {
      throw new IllegalArgumentException("INS is not a 15-character NIR with a valid key");
    }
  }

  /** Whether {@code oid} is an accepted INS assigning authority. */
  public static boolean isInsOid(String oid) {
    return oid != null && OIDS.contains(oid.strip());
  }

  /** Whether this is a test INS (OID {@link #OID_NIR_TEST}). */
  public boolean isTest() {
    return OID_NIR_TEST.equals(oid);
  }

  /** The issuer {@code ASIP-SANTE-INS-NIR&<oid>&ISO}. */
  public Issuer issuer() {
    return new Issuer(NAMESPACE, oid, "ISO");
  }

  /** NIR syntax and modulo-97 key (2A counts as 19, 2B as 18 for the key computation). */
  static boolean hasValidKey(String nir) {
    if (nir.length() != 15) {
      return false;
    }
    String body = nir.substring(0, 13).toUpperCase();
    String key = nir.substring(13);
    if (!key.chars().allMatch(Character::isDigit)) {
      return false;
    }
    String numeric = body.replace("2A", "19").replace("2B", "18");
    if (!body.substring(0, 5).chars().allMatch(Character::isDigit)
        || !numeric.chars().allMatch(Character::isDigit)
        || numeric.length() != 13) {
      return false;
    }
    long expected = 97 - Long.parseLong(numeric) % 97;
    return expected == Integer.parseInt(key);
  }

  @Override
  public String toString() {
    return "Ins[" + oid + "]";
  }
}
