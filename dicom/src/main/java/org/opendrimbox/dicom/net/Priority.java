package org.opendrimbox.dicom.net;

/** DIMSE priority values of the Priority (0000,0700) command element. */
public final class Priority {
  public static final int MEDIUM = 0;
  public static final int HIGH = 1;
  public static final int LOW = 2;

  private Priority() {
  }
}
