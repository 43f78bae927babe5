package org.opendrimbox.kos;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Sequence;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.io.DicomInputStream;

/**
 * What a stored KOS references in its Current Requested Procedure Evidence Sequence: the series, each with its
 * SOP Instance UIDs, in the KOS's order.
 */
public record KosReferences(Map<String, List<String>> instancesBySeries) {

  public KosReferences {
    instancesBySeries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(instancesBySeries));
  }

  /** Reads a KOS stored as a Part 10 file. */
  public static KosReferences read(byte[] part10) {
    Attributes a;
    try (var in = new DicomInputStream(new ByteArrayInputStream(part10))) {
      in.readFileMetaInformation();
      a = in.readDataset();
    } catch (IOException e) {
      throw new UncheckedIOException("stored KOS unreadable", e);
    }
    Map<String, List<String>> bySeries = new LinkedHashMap<>();
    for (Attributes study : items(a, Tag.CurrentRequestedProcedureEvidenceSequence)) {
      for (Attributes series : items(study, Tag.ReferencedSeriesSequence)) {
        List<String> instances = bySeries.computeIfAbsent(series.getString(Tag.SeriesInstanceUID),
            k -> new ArrayList<>());
        items(series, Tag.ReferencedSOPSequence).forEach(sop -> instances.add(sop.getString(Tag.ReferencedSOPInstanceUID)));
      }
    }
    return new KosReferences(bySeries);
  }

  public Set<String> seriesUids() {
    return new LinkedHashSet<>(instancesBySeries.keySet());
  }

  public Set<String> instanceUids() {
    Set<String> uids = new LinkedHashSet<>();
    instancesBySeries.values().forEach(uids::addAll);
    return uids;
  }

  private static Collection<Attributes> items(Attributes a, int tag) {
    Sequence s = a.getSequence(tag);
    return s == null ? List.of() : s;
  }
}
