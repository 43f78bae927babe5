package org.opendrimbox.xds.rim;

import java.util.List;
import java.util.Optional;

/** Common look-ups of DocumentEntries (ExtrinsicObject) and SubmissionSets (RegistryPackage). */
public interface RegistryEntry extends HasSlots {
  String id();

  String name();

  String description();

  List<Classification> classifications();

  List<ExternalIdentifier> externalIdentifiers();

  /** Classifications with the given scheme. */
  default List<Classification> classifications(String scheme) {
    return classifications().stream().filter(c -> scheme.equals(c.scheme())).toList();
  }

  /** Coded values with the given scheme. */
  default List<Code> codes(String scheme) {
    return classifications(scheme).stream().map(Classification::toCode).toList();
  }

  /** The value of the external identifier with the given scheme. */
  default Optional<String> externalId(String scheme) {
    return externalIdentifiers().stream().filter(e -> scheme.equals(e.scheme()))
        .map(ExternalIdentifier::value).findFirst();
  }
}
