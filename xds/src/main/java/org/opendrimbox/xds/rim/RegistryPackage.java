package org.opendrimbox.xds.rim;

import java.util.List;

/** An ebRIM RegistryPackage, i.e. an XDS SubmissionSet. */
public record RegistryPackage(
    String id,
    String status,
    List<Slot> slots,
    String name,
    String description,
    List<Classification> classifications,
    List<ExternalIdentifier> externalIdentifiers) implements RegistryEntry {

  public RegistryPackage {
    slots = List.copyOf(slots);
    classifications = List.copyOf(classifications);
    externalIdentifiers = List.copyOf(externalIdentifiers);
  }
}
