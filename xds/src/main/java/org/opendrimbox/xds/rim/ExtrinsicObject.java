package org.opendrimbox.xds.rim;

import java.util.List;

/** An ebRIM ExtrinsicObject, i.e. an XDS DocumentEntry. */
public record ExtrinsicObject(
    String id,
    String mimeType,
    String objectType,
    String status,
    List<Slot> slots,
    String name,
    String description,
    List<Classification> classifications,
    List<ExternalIdentifier> externalIdentifiers) implements RegistryEntry {

  public ExtrinsicObject {
    slots = List.copyOf(slots);
    classifications = List.copyOf(classifications);
    externalIdentifiers = List.copyOf(externalIdentifiers);
  }

  /** A copy with another id and status (used by registries when assigning entryUUIDs). */
  public ExtrinsicObject withIdAndStatus(String newId, String newStatus) {
    return new ExtrinsicObject(newId, mimeType, objectType, newStatus, slots, name, description,
        classifications.stream().map(c -> new Classification(c.id(), c.scheme(), c.node(), newId,
            c.nodeRepresentation(), c.displayName(), c.slots())).toList(),
        externalIdentifiers.stream().map(e -> new ExternalIdentifier(e.id(), e.scheme(), newId,
            e.value(), e.name())).toList());
  }

  /** A copy with extra slots appended (e.g. repositoryUniqueId added by a repository). */
  public ExtrinsicObject withSlots(List<Slot> replacement) {
    return new ExtrinsicObject(id, mimeType, objectType, status, replacement, name, description,
        classifications, externalIdentifiers);
  }

  /** A copy with other classifications. */
  public ExtrinsicObject withClassifications(List<Classification> replacement) {
    return new ExtrinsicObject(id, mimeType, objectType, status, slots, name, description,
        replacement, externalIdentifiers);
  }
}
