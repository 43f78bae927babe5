package org.opendrimbox.publication.dmp;

import java.util.Map;

/**
 * Display names of the usual acquisition modalities of the CI-SIS value set
 * JDV_ModaliteAcquisition_CISIS (1.2.250.1.213.1.1.5.618), used when the CDA does not name a
 * modality found in the study.
 */
final class Modalities {
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("CR", "Radiographie numérisée"),
      Map.entry("CT", "Tomodensitométrie"),
      Map.entry("DX", "Radiographie numérique"),
      Map.entry("MG", "Mammographie"),
      Map.entry("MR", "Imagerie par résonance magnétique"),
      Map.entry("NM", "Médecine nucléaire"),
      Map.entry("PT", "Tomographie par émission de positons"),
      Map.entry("US", "Échographie"),
      Map.entry("XA", "Angiographie"),
      Map.entry("RF", "Radiofluoroscopie"),
      Map.entry("IO", "Radiographie intra-orale"),
      Map.entry("PX", "Radiographie panoramique"),
      Map.entry("OT", "Autre"));

  private Modalities() {}

  /** The display name, or the code itself when unknown. */
  static String displayName(String code) {
    return NAMES.getOrDefault(code, code);
  }
}
