package org.opendrimbox.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Sequence;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.io.DicomInputStream;
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
    Attributes a;
    try (var in = new DicomInputStream(new ByteArrayInputStream(kos))) {
      in.readFileMetaInformation();
      a = in.readDataset();
    } catch (IOException e) {
      throw new UncheckedIOException("stored KOS unreadable", e);
    }
    Set<String> series = new LinkedHashSet<>();
    Sequence evidence = a.getSequence(Tag.CurrentRequestedProcedureEvidenceSequence);
    if (evidence != null) {
      for (Attributes study : evidence) {
        Sequence refs = study.getSequence(Tag.ReferencedSeriesSequence);
        if (refs != null) {
          refs.forEach(s -> series.add(s.getString(Tag.SeriesInstanceUID)));
        }
      }
    }
    return series;
  }
}
