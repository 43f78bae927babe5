package org.opendrimbox.xds.rim;

import java.util.List;
import java.util.Optional;

/** The content of a {@code rim:RegistryObjectList}, plus object references of ObjectRef queries. */
public record RegistryObjectList(
    List<RegistryPackage> packages,
    List<ExtrinsicObject> documents,
    List<Association> associations,
    List<String> objectRefs) {

  public RegistryObjectList {
    packages = List.copyOf(packages);
    documents = List.copyOf(documents);
    associations = List.copyOf(associations);
    objectRefs = List.copyOf(objectRefs);
  }

  public static RegistryObjectList empty() {
    return new RegistryObjectList(List.of(), List.of(), List.of(), List.of());
  }

  /** The submission set (the package classified with the SubmissionSet node). */
  public Optional<RegistryPackage> submissionSet() {
    return packages.stream().filter(p -> p.classifications().stream()
        .anyMatch(c -> XdsIds.SUBMISSION_SET.equals(c.node()))).findFirst()
        .or(() -> packages.stream().findFirst());
  }

  /** The document entry with the given id. */
  public Optional<ExtrinsicObject> document(String id) {
    return documents.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  /** Associations of a type. */
  public List<Association> associations(String type) {
    return associations.stream().filter(a -> type.equals(a.type())).toList();
  }
}
