package org.opendrimbox.dicom.net.pdu;

import java.util.List;

/**
 * User Information item of A-ASSOCIATE-RQ/AC: maximum PDU length (0 = unlimited), implementation class UID and version
 * name, SCP/SCU role selections and the asynchronous operations window ({@code -1} when absent).
 */
public record UserInformation(int maxPduLength, String implClassUid, String implVersionName,
    List<RoleSelection> roleSelections, int asyncOpsInvoked, int asyncOpsPerformed) {
  /** Implementation Class UID of this library (same as written in File Meta Information). */
  public static final String IMPL_CLASS_UID = "2.25.98315274104522133582693614620374410017";
  /** Implementation Version Name of this library (at most 16 characters). */
  public static final String IMPL_VERSION_NAME = "OPENDRIMBOX_01";

  public UserInformation {
    if (maxPduLength < 0) {
      throw new IllegalArgumentException("negative max PDU length");
    }
    roleSelections = List.copyOf(roleSelections);
  }

  /** Our usual user information with the given receive limit and role selections. */
  public static UserInformation of(int maxPduLength, List<RoleSelection> roleSelections) {
    return new UserInformation(maxPduLength, IMPL_CLASS_UID, IMPL_VERSION_NAME, roleSelections, -1, -1);
  }

  /** The role selection for a SOP class, or null. */
  public RoleSelection roleSelection(String sopClassUid) {
    for (RoleSelection rs : roleSelections) {
      if (rs.sopClassUid().equals(sopClassUid)) {
        return rs;
      }
    }
    return null;
  }
}
