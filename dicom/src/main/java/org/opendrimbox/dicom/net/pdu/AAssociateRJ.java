package org.opendrimbox.dicom.net.pdu;

/**
 * A-ASSOCIATE-RJ: result (1 permanent, 2 transient), source (1 user, 2 ACSE provider, 3 presentation provider), reason.
 */
public record AAssociateRJ(int result, int source, int reason) {
  public static final int RESULT_PERMANENT = 1;
  public static final int RESULT_TRANSIENT = 2;
  public static final int SOURCE_SERVICE_USER = 1;
  public static final int SOURCE_ACSE = 2;
  public static final int SOURCE_PRESENTATION = 3;
  public static final int REASON_NO_REASON = 1;
  public static final int REASON_APP_CONTEXT_NOT_SUPPORTED = 2;
  public static final int REASON_CALLING_AET_NOT_RECOGNIZED = 3;
  public static final int REASON_CALLED_AET_NOT_RECOGNIZED = 7;
  public static final int REASON_PROTOCOL_VERSION_NOT_SUPPORTED = 2;
  public static final int REASON_TEMPORARY_CONGESTION = 1;
  public static final int REASON_LOCAL_LIMIT_EXCEEDED = 2;

  @Override
  public String toString() {
    return "A-ASSOCIATE-RJ[result=" + result + ", source=" + source + ", reason=" + reason + "]";
  }
}
