package org.opendrimbox.kos;

import java.util.List;
import org.opendrimbox.pacs.SeriesInfo;

/** Text values of the manifest: LO truncation and the Key Object Description (drimm-digest §4.6). */
final class Texts {

  /** Maximum length of an LO value, in characters. */
  static final int LO_MAX = 64;

  private Texts() {}

  static String lo(String s) {
    if (s == null) {
      return "";
    }
    String t = s.strip().replace('\\', '/');
    return t.length() <= LO_MAX ? t : t.substring(0, LO_MAX).strip();
  }

  /** XON-like InstitutionName: the name, nine carets, the organisation identifier (at most 64 characters). */
  static String institutionName(String name, String id) {
    if (id == null || id.isBlank()) {
      return lo(name);
    }
    String suffix = "^^^^^^^^^" + id.strip();
    String n = name == null ? "" : name.strip().replace('\\', '/').replace('^', ' ');
    int room = Math.max(0, LO_MAX - suffix.length());
    return (n.length() <= room ? n : n.substring(0, room).strip()) + suffix;
  }

  /**
   * {@code Examen : <study description>}, {@code Acte = <act label>}, then one
   * {@code Série-<series UID> : <modality> @ : <series description>} line per series, LF-separated.
   */
  static String keyObjectDescription(String studyDescription, String actLabel, List<SeriesInfo> series) {
    StringBuilder b = new StringBuilder(64 + series.size() * 96);
    b.append("Examen : ").append(nz(studyDescription)).append('\n');
    b.append("Acte = ").append(nz(actLabel)).append('\n');
    for (SeriesInfo s : series) {
      b.append("Série-").append(s.seriesInstanceUid()).append(" : ").append(s.modality()).append(" @ : ")
          .append(s.description()).append('\n');
    }
    return b.toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s.strip();
  }
}
