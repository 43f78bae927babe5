package org.opendrimbox.dicom.data;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.UUID;

/** Creates UIDs in the "2.25." + UUID-as-decimal form of PS3.5 Annex B.2. */
public final class UidGenerator {

  private UidGenerator() {}

  /** A new globally unique UID derived from a random UUID. */
  public static String newUid() {
    return fromUuid(UUID.randomUUID());
  }

  /** The 2.25 UID of a given UUID (deterministic). */
  public static String fromUuid(UUID uuid) {
    byte[] b = ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
        .putLong(uuid.getLeastSignificantBits()).array();
    return "2.25." + new BigInteger(1, b);
  }
}
