package org.opendrimbox.source;

import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.BulkData;
import org.opendrimbox.dicom.data.Fragments;
import org.opendrimbox.dicom.io.BulkDataMode;
import org.opendrimbox.dicom.io.DicomInputStream;
import org.opendrimbox.dicom.json.DicomJsonWriter;

/**
 * Writes the DICOM JSON metadata (PS3.18 Annex F) of cached instances, INS added as in the instances themselves;
 * top-level bulk data (pixel data, large binary values) becomes a {@code BulkDataURI} pointing at the instance's
 * {@code bulkdata/<tag>} resource. Only one instance's header is in memory at a time.
 */
public final class MetadataWriter {

  private final JsonGenerator gen;
  private final InsCoercion coercion;

  public MetadataWriter(JsonGenerator gen, InsCoercion coercion) {
    this.gen = gen;
    this.coercion = coercion;
  }

  /** Writes one instance as an element of the current JSON array; instanceUrl is its WADO-RS URL. */
  public void write(CachedInstance instance, String instanceUrl) throws IOException {
    Attributes attrs;
    try (InputStream in = instance.open(); DicomInputStream dis = new DicomInputStream(in)) {
      dis.withBulkData(BulkDataMode.URI).withBulkDataUri(instance.uri(), instance.offset());
      dis.readFileMetaInformation();
      attrs = dis.readDataset();
    }
    coercion.accept(attrs);
    Attributes root = attrs;
    new DicomJsonWriter(gen).withBulkDataUris((a, tag, vr, value) -> a == root
        && (value instanceof BulkData || value instanceof Fragments)
        ? instanceUrl + "/bulkdata/" + String.format("%08X", tag) : null).write(attrs);
  }
}
