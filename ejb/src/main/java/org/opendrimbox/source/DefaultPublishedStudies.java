package org.opendrimbox.source;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.opendrimbox.ids.Ins;
import org.opendrimbox.publication.PublishedKosLookup;

/** The published KOS, as the publication feature records them (current KOS only: not replaced, not withdrawn). */
@ApplicationScoped
public class DefaultPublishedStudies implements PublishedStudies {

  @Inject private PublishedKosLookup lookup;

  @Override
  public Optional<PublishedKos> findByKosSopInstanceUid(String kosUid) {
    return lookup.find(kosUid)
        .map(k -> new PublishedKos(k.kosUid(), k.studyUid(), k.seriesUids(), new Ins(k.ins(), k.insOid())));
  }
}
