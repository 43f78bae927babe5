package org.opendrimbox.dicom.net.pdu;

/** A-ABORT: source (0 service user, 2 service provider) and reason (PS3.8 table 9-26). */
public record AAbort(int source, int reason) {
  public static final int SOURCE_USER = 0;
  public static final int SOURCE_PROVIDER = 2;
  public static final int REASON_NOT_SPECIFIED = 0;
  public static final int REASON_UNRECOGNIZED_PDU = 1;
  public static final int REASON_UNEXPECTED_PDU = 2;
  public static final int REASON_UNRECOGNIZED_PDU_PARAMETER = 4;
  public static final int REASON_UNEXPECTED_PDU_PARAMETER = 5;
  public static final int REASON_INVALID_PDU_PARAMETER_VALUE = 6;

  @Override
  public String toString() {
    return "A-ABORT[source=" + source + ", reason=" + reason + "]";
  }
}
