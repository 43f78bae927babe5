package org.opendrimbox.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendrimbox.kos.KosReferences;
import org.opendrimbox.publication.internal.PublicationRepository;

/**
 * The KOS this box has published and not withdrawn or replaced, with the series it references: what peers may
 * retrieve (R21). The status is read from the publication rows on every call (a withdrawal or replacement takes effect
 * at once); the series come from the stored KOS, read once per KOS and kept (a KOS never changes: each version has
 * its own UID), the last {@link #KEPT} of them.
 */
@ApplicationScoped
public class PublishedKosLookup {

  static final int KEPT = 1024;

  @Inject private PublicationRepository repository;

  private final Map<String, Set<String>> seriesByKos = new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Set<String>> eldest) {
      return size() > KEPT;
    }
  };

  /** A current KOS: its study, the series it references and the patient's INS. */
  public record CurrentKos(String kosUid, String studyUid, Set<String> seriesUids, String ins, String insOid) {}

  public Optional<CurrentKos> find(String kosUid) {
    return repository.current(kosUid).map(k -> new CurrentKos(k.kosUid(), k.studyUid(), series(k.kosUid()), k.ins(),
        k.insOid()));
  }

  private Set<String> series(String kosUid) {
    synchronized (seriesByKos) {
      Set<String> known = seriesByKos.get(kosUid);
      if (known != null) {
        return known;
      }
    }
    Set<String> read = series(repository.kos(kosUid));
    synchronized (seriesByKos) {
      seriesByKos.put(kosUid, read);
    }
    return read;
  }

  static Set<String> series(byte[] kos) {
    return KosReferences.read(kos).seriesUids();
  }
}
