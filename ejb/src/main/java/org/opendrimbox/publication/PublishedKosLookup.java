package org.opendrimbox.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.opendrimbox.kos.KosReferences;
import org.opendrimbox.publication.internal.PublicationRepository;

/**
 * The KOS this box has published and not withdrawn or replaced, with the series it references: what peers may
 * retrieve (R21). Read from the publication rows and the stored KOS.
 */
@ApplicationScoped
public class PublishedKosLookup {

  @Inject private PublicationRepository repository;

  /** A current KOS: its study, the series it references and the patient's INS. */
  public record CurrentKos(String kosUid, String studyUid, Set<String> seriesUids, String ins, String insOid) {}

  public Optional<CurrentKos> find(String kosUid) {
    return repository.current(kosUid).map(k -> new CurrentKos(k.kosUid(), k.studyUid(), series(k.kos()), k.ins(),
        k.insOid()));
  }

  static Set<String> series(byte[] kos) {
    return KosReferences.read(kos).seriesUids();
  }
}
