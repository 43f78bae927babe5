package org.opendrimbox.pacs;

import java.util.List;
import java.util.Objects;

/**
 * One series of a study found in the PACS, with its instances in the order the PACS returned them.
 *
 * @param seriesInstanceUid Series Instance UID
 * @param modality Modality, may be empty
 * @param seriesNumber Series Number, or null
 * @param description Series Description, may be empty
 * @param instances the instances of the series
 */
public record SeriesInfo(
    String seriesInstanceUid, String modality, Integer seriesNumber, String description,
    List<InstanceRef> instances) {

  public SeriesInfo {
    Objects.requireNonNull(seriesInstanceUid, "seriesInstanceUid");
    modality = modality == null ? "" : modality;
    description = description == null ? "" : description;
    instances = List.copyOf(instances);
  }
}
