package org.opendrimbox.dicom.net;

/** DIMSE-C command fields (0000,0100) and the tag that carries the SOP class UID in each. */
public enum Dimse {
  C_STORE_RQ(0x0001), C_STORE_RSP(0x8001), C_GET_RQ(0x0010), C_GET_RSP(0x8010), C_FIND_RQ(0x0020),
  C_FIND_RSP(0x8020), C_MOVE_RQ(0x0021), C_MOVE_RSP(0x8021), C_ECHO_RQ(0x0030), C_ECHO_RSP(0x8030),
  C_CANCEL_RQ(0x0FFF);

  private final int commandField;

  Dimse(int commandField) {
    this.commandField = commandField;
  }

  public int commandField() {
    return commandField;
  }

  public boolean isRSP() {
    return (commandField & 0x8000) != 0;
  }

  /** The response type of a request. */
  public Dimse rsp() {
    return valueOf(commandField | 0x8000);
  }

  /** The DIMSE for a command field value, or null if not a supported DIMSE-C command. */
  public static Dimse valueOf(int commandField) {
    for (Dimse d : values()) {
      if (d.commandField == commandField) {
        return d;
      }
    }
    return null;
  }
}
