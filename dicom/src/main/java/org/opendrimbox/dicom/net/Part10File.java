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

  private static final int HEAD = 4096;

  /**
   * Reads the File Meta Information of {@code path}; fails if the file has none. The usual case (preamble, "DICM",
   * group 0002 within the first 4 KiB) is scanned from one small read; anything else goes through DicomInputStream.
   */
  public static Part10File open(Path path) throws IOException {
    byte[] head = new byte[HEAD];
    int n;
    try (InputStream in = Files.newInputStream(path)) {
      n = in.readNBytes(head, 0, HEAD);
    }
    Part10File quick = scan(path, head, n);
    return quick != null ? quick : parse(path);
  }

  /** Explicit VR Little Endian group 0002 after preamble and "DICM"; null when not in that simple shape. */
  private static Part10File scan(Path path, byte[] b, int n) {
    if (n < 144 || b[128] != 'D' || b[129] != 'I' || b[130] != 'C' || b[131] != 'M') {
      return null;
    }
    String cuid = null;
    String iuid = null;
    String ts = null;
    int pos = 132;
    while (pos + 8 <= n && (b[pos] & 0xFF) == 0x02 && b[pos + 1] == 0) {
      int element = (b[pos + 2] & 0xFF) | (b[pos + 3] & 0xFF) << 8;
      char v1 = (char) b[pos + 4];
      char v2 = (char) b[pos + 5];
      boolean longVr = v1 == 'O' || v1 == 'U' && (v2 == 'N' || v2 == 'T' || v2 == 'C' || v2 == 'R' || v2 == 'V')
          || v1 == 'S' && v2 == 'Q';
      long len;
      int header;
      if (longVr) {
        if (pos + 12 > n) {
          return null;
        }
        len = (b[pos + 8] & 0xFFL) | (b[pos + 9] & 0xFF) << 8 | (b[pos + 10] & 0xFF) << 16
            | (long) (b[pos + 11] & 0xFF) << 24;
        header = 12;
      } else {
        len = (b[pos + 6] & 0xFF) | (b[pos + 7] & 0xFF) << 8;
        header = 8;
      }
      if (pos + header + len > n) {
        return null;
      }
      String value = new String(b, pos + header, (int) len, java.nio.charset.StandardCharsets.US_ASCII)
          .replace("\0", "").trim();
      switch (element) {
        case 0x0002 -> cuid = value;
        case 0x0003 -> iuid = value;
        case 0x0010 -> ts = value;
        default -> { }
      }
      pos += header + (int) len;
    }
    if (cuid == null || iuid == null || ts == null || pos + 8 > n) {
      return null;
    }
    return new Part10File(path, cuid, iuid, ts, pos);
  }

  static Part10File parse(Path path) throws IOException {
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
