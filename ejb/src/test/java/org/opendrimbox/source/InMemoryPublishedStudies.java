package org.opendrimbox.source;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Test double of the publication table. */
final class InMemoryPublishedStudies implements PublishedStudies {

  private final Map<String, PublishedKos> byKos = new ConcurrentHashMap<>();

  InMemoryPublishedStudies add(PublishedKos kos) {
    byKos.put(kos.kosUid(), kos);
    return this;
  }

  void unpublish(String kosUid) {
    byKos.remove(kosUid);
  }

  @Override
  public Optional<PublishedKos> findByKosSopInstanceUid(String kosUid) {
    return Optional.ofNullable(byKos.get(kosUid));
  }
}
