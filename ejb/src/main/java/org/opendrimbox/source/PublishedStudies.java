package org.opendrimbox.source;

import java.util.Optional;

/**
 * Lookup of the KOS this box has published (and not unpublished), by KOS SOP Instance UID: the source answers a
 * WADO-RS request only for a study and series that such a KOS references (R21). One implementation bean; the
 * publication feature provides the real one from its table.
 */
public interface PublishedStudies {

  /** The published KOS with this SOP Instance UID, empty if unknown or unpublished. */
  Optional<PublishedKos> findByKosSopInstanceUid(String kosUid);
}
