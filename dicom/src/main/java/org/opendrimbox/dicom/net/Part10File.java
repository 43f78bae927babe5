package org.opendrimbox.dicom.net;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.io.DicomInputStream;

/**
 * What a C-STORE SCU needs from a Part 10 file without parsing its data set: SOP class and instance UIDs and transfer
 * syntax from the File Meta Information, and the offset where the data set starts.
 */
public record Part10File(Path path, String sopClassUid, String sopInstanceUid, String transferSyntax, long dataOffset) {

  /** Reads the File Meta Information of {@code path}; fails if the file has none. */
  public static Part10File open(Path path) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 8192)) {
      DicomInputStream dis = new DicomInputStream(in);
      Attributes fmi = dis.readFileMetaInformation();
      if (fmi == null) {
        throw new IOException(path + ": no DICOM File Meta Information");
      }
      String cuid = fmi.getString(Tag.MediaStorageSOPClassUID);
      String iuid = fmi.getString(Tag.MediaStorageSOPInstanceUID);
      String ts = fmi.getString(Tag.TransferSyntaxUID);
      if (cuid == null || iuid == null || ts == null) {
        throw new IOException(path + ": incomplete File Meta Information");
      }
      return new Part10File(path, cuid, iuid, ts, dis.position());
    }
  }

  /** Streams the data set bytes (everything after the File Meta Information) as they are. */
  public DataWriter dataWriter() {
    return (out, ts) -> {
      try (InputStream in = Files.newInputStream(path)) {
        in.skipNBytes(dataOffset);
        out.copyFrom(in);
      }
    };
  }

  /** Size of the data set in bytes. */
  public long dataLength() throws IOException {
    return Files.size(path) - dataOffset;
  }
}
