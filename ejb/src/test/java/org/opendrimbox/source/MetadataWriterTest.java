package org.opendrimbox.source;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.dicom.data.UID;

/** DICOM JSON metadata: INS added, pixel data as BulkDataURI of the instance's bulkdata resource. */
class MetadataWriterTest {

  @TempDir Path dir;

  @Test
  void metadataCarriesInsAndBulkDataUri() throws Exception {
    CachedInstance i = TestInstances.write(dir, UID.ImplicitVRLittleEndian, "1.2.3.4", "1.2.3.4.7", 1);
    StringWriter text = new StringWriter();
    try (JsonGenerator gen = Json.createGenerator(text)) {
      gen.writeStartArray();
      new MetadataWriter(gen, new InsCoercion(StudyCoverageTest.INS)).write(i, "http://box/studies/1.2.3/series/"
          + "1.2.3.4/instances/1.2.3.4.7");
      gen.writeEnd();
    }
    JsonArray a = Json.createReader(new StringReader(text.toString())).readArray();
    JsonObject o = a.getJsonObject(0);
    assertThat(o.getJsonObject("7FE00010").getString("BulkDataURI"))
        .isEqualTo("http://box/studies/1.2.3/series/1.2.3.4/instances/1.2.3.4.7/bulkdata/7FE00010");
    JsonObject item = o.getJsonObject("00101002").getJsonArray("Value").getJsonObject(0);
    assertThat(item.getJsonObject("00100020").getJsonArray("Value").getString(0))
        .isEqualTo(StudyCoverageTest.INS.value());
    assertThat(o.getJsonObject("00100020").getJsonArray("Value").getString(0)).isEqualTo("IPP1");
  }
}
