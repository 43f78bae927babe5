package org.opendrimbox.dicom.net.pdu;

/** PDU type codes of PS3.8 table 9-11 and the fixed lengths of the small PDUs. */
public final class PduType {
  public static final int A_ASSOCIATE_RQ = 0x01;
  public static final int A_ASSOCIATE_AC = 0x02;
  public static final int A_ASSOCIATE_RJ = 0x03;
  public static final int P_DATA_TF = 0x04;
  public static final int A_RELEASE_RQ = 0x05;
  public static final int A_RELEASE_RP = 0x06;
  public static final int A_ABORT = 0x07;
  /** Bytes of a PDU header: type, reserved, 4-byte big endian length. */
  public static final int HEADER_LENGTH = 6;

  private PduType() {
  }

  /** Name used in logs and error messages. */
  public static String name(int type) {
    return switch (type) {
      case A_ASSOCIATE_RQ -> "A-ASSOCIATE-RQ";
      case A_ASSOCIATE_AC -> "A-ASSOCIATE-AC";
      case A_ASSOCIATE_RJ -> "A-ASSOCIATE-RJ";
      case P_DATA_TF -> "P-DATA-TF";
      case A_RELEASE_RQ -> "A-RELEASE-RQ";
      case A_RELEASE_RP -> "A-RELEASE-RP";
      case A_ABORT -> "A-ABORT";
      default -> String.format("PDU type 0x%02X", type);
    };
  }
}
