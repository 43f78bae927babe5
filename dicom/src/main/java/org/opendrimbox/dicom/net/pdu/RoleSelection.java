package org.opendrimbox.dicom.net.pdu;

/** SCP/SCU Role Selection sub-item (PS3.7 D.3.3.4): which roles a side proposes or accepts for one SOP class. */
public record RoleSelection(String sopClassUid, boolean scu, boolean scp) {
  public RoleSelection {
    if (sopClassUid == null || sopClassUid.isEmpty()) {
      throw new IllegalArgumentException("SOP class UID required");
    }
  }
}
