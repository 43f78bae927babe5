package org.opendrimbox.dicom.net;

/** DIMSE status codes (PS3.7 annex C and the service classes of PS3.4) used by this library. */
public final class Status {
  public static final int Success = 0x0000;
  public static final int Pending = 0xFF00;
  public static final int PendingWarning = 0xFF01;
  public static final int Cancel = 0xFE00;
  public static final int CoercionOfDataElements = 0xB000;
  public static final int OneOrMoreFailures = 0xB000;
  public static final int ElementsDiscarded = 0xB006;
  public static final int DataSetDoesNotMatchSOPClassWarning = 0xB007;
  public static final int ProcessingFailure = 0x0110;
  public static final int DuplicateSOPinstance = 0x0111;
  public static final int NoSuchSOPclass = 0x0118;
  public static final int SOPclassNotSupported = 0x0122;
  public static final int DuplicateInvocation = 0x0210;
  public static final int UnrecognizedOperation = 0x0211;
  public static final int MistypedArgument = 0x0212;
  public static final int OutOfResources = 0xA700;
  public static final int OutOfResourcesNumberOfMatches = 0xA701;
  public static final int OutOfResourcesSubOperations = 0xA702;
  public static final int MoveDestinationUnknown = 0xA801;
  public static final int IdentifierDoesNotMatchSOPClass = 0xA900;
  public static final int DataSetDoesNotMatchSOPClassError = 0xA900;
  public static final int UnableToProcess = 0xC000;
  public static final int CannotUnderstand = 0xC000;
  public static final int UnableToCalculateNumberOfMatches = 0xC001;
  public static final int UnableToPerformSubOperations = 0xC002;

  private Status() {
  }

  public static boolean isPending(int status) {
    return (status & 0xFF00) == Pending;
  }

  /** Success or warning (0x0000, 0x0001, 0xBxxx). */
  public static boolean isSuccessOrWarning(int status) {
    return status == Success || status == 0x0001 || (status & 0xF000) == 0xB000;
  }

  public static String toHex(int status) {
    return String.format("%04XH", status);
  }
}
