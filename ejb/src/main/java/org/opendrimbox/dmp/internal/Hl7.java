package org.opendrimbox.dmp.internal;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.opendrimbox.dmp.Organisation;
import org.opendrimbox.dmp.PatientIdentity;
import org.opendrimbox.dmp.Professional;
import org.opendrimbox.dmp.ReferenceId;

/** HL7 v2 data-type renderings used in XDS metadata (XCN, XON, CX, DTM) and UUID-based OIDs. */
final class Hl7 {
  static final String RPPS_OID = "1.2.250.1.71.4.2.1";
  static final String STRUCTURE_OID = "1.2.250.1.71.4.2.2";
  private static final DateTimeFormatter DTM =
      DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);

  private Hl7() {}

  /** XCN of a professional: {@code id^FAMILY^Given^^^^^^&1.2.250.1.71.4.2.1&ISO^D^^^IDNPS}. */
  static String xcn(Professional p) {
    return p.nationalId() + "^" + nn(p.familyName()) + "^" + nn(p.givenName()) + "^^^^^^&"
        + RPPS_OID + "&ISO^D^^^IDNPS";
  }

  /** XON of an organisation: {@code NAME^^^^^&1.2.250.1.71.4.2.2&ISO^IDNST^^^id}. */
  static String xon(Organisation o) {
    return nn(o.name()) + "^^^^^&" + STRUCTURE_OID + "&ISO^IDNST^^^" + o.identifier();
  }

  /** CX with a type code. */
  static String cx(PatientIdentity p, String type) {
    return p.ins() + "^^^&" + p.insOid() + "&ISO^" + type;
  }

  /** referenceIdList entry {@code value^^^&oid&ISO^type}. */
  static String reference(ReferenceId id, String type) {
    return id.value() + "^^^&" + id.issuerOid() + "&ISO^" + type;
  }

  /** DTM in UTC, second precision. */
  static String dtm(Instant t) {
    return DTM.format(t);
  }

  /** A fresh {@code 2.25.<decimal UUID>} OID. */
  static String uuidOid() {
    UUID u = UUID.randomUUID();
    ByteBuffer b = ByteBuffer.allocate(16);
    b.putLong(u.getMostSignificantBits()).putLong(u.getLeastSignificantBits());
    return "2.25." + new BigInteger(1, b.array());
  }

  static String nn(String s) {
    return s == null ? "" : s;
  }
}
