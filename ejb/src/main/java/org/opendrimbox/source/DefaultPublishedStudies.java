package org.opendrimbox.source;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Placeholder implementation: knows no published KOS, so every WADO-RS retrieve answers 404. The publication
 * feature replaces this class's body with a lookup in its publication table (keep it the only implementation).
 */
@ApplicationScoped
public class DefaultPublishedStudies implements PublishedStudies {

  @Override
  public Optional<PublishedKos> findByKosSopInstanceUid(String kosUid) {
    return Optional.empty();
  }
}
