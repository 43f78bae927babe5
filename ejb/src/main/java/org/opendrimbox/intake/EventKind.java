package org.opendrimbox.intake;

/**
 * What a received message asks the box to do with the KOS of the exam(s) it references
 * (drimm-digest §2.2 and §6).
 */
public enum EventKind {
  /** New report: ORU^R01 or MDM^T02, ORC-1 NW, OBX-11 F, MODIF_CONF_CODE not Y. Publish. */
  NEW,
  /** Replaced report: MDM^T10 or ORU^R01 with ORC-1 RO and OBX-11 C. Rebuild and replace. */
  REPLACE,
  /** Unpublication: MDM^T04 or ORU^R01 with ORC-1 CA and OBX-11 D. Withdraw the KOS. */
  UNPUBLISH,
  /** Exam deletion or modification in the RIS: OMI^O23 with ORC-1 CA. Withdraw the KOS. */
  DELETE_EXAM,
  /** Same document re-sent (ORC-1 NW, OBX-11 F) with MODIF_CONF_CODE=Y: update visibility. */
  VISIBILITY_UPDATE
}
