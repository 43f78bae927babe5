package org.opendrimbox.dmpsim.store;

import java.time.Instant;
import org.opendrimbox.xds.rim.ExtrinsicObject;
import org.opendrimbox.xds.rim.XdsIds;

/**
 * A registered DocumentEntry: its metadata (id = entryUUID, status, repositoryUniqueId slot), the
 * submission set it came with, and when it was stored.
 */
public record StoredEntry(ExtrinsicObject metadata, String submissionSetUniqueId,
    String submitterStructure, Instant storedAt) {

  public String entryUuid() {
    return metadata.id();
  }

  public String uniqueId() {
    return metadata.externalId(XdsIds.DE_UNIQUE_ID).orElse("");
  }

  public String patientId() {
    return metadata.externalId(XdsIds.DE_PATIENT_ID).orElse("");
  }

  public String status() {
    return metadata.status();
  }

  public StoredEntry withStatus(String status) {
    return new StoredEntry(metadata.withIdAndStatus(metadata.id(), status), submissionSetUniqueId,
        submitterStructure, storedAt);
  }
}
