package org.opendrimbox.dicom.json;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.BulkData;
import org.opendrimbox.dicom.io.BulkDataMode;
import org.opendrimbox.dicom.io.DicomInputStream;

/** {@code dump --json}: prints a Part 10 file as pretty-printed DICOM JSON, bulk data as file references. */
public final class DicomJsonDump {

  private DicomJsonDump() {}

  /** Writes the data set of file as DICOM JSON to out (pixel data and other bulk data by BulkDataURI). */
  public static void dump(Path file, OutputStream out) throws IOException {
    Attributes attrs;
    try (InputStream in = Files.newInputStream(file);
        DicomInputStream dis = new DicomInputStream(in)) {
      attrs = dis.withBulkData(BulkDataMode.URI).withBulkDataUri(file.toUri().toString()).readDataset();
    }
    try (JsonGenerator gen = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
        .createGenerator(new NonClosing(out))) {
      new DicomJsonWriter(gen).withBulkDataUris((a, tag, vr, value) -> value instanceof BulkData bd
          ? bd.uriWithRange() : value instanceof byte[] ? null : BulkDataUriFunction.OMIT).write(attrs);
    }
    out.write('\n');
    out.flush();
  }

  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }
}
