package org.opendrimbox.dicom.net.service;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.opendrimbox.dicom.io.DicomOutputStream;

/**
 * Encodes the 128-byte preamble, "DICM" and the File Meta Information group (Explicit VR Little Endian) of a received
 * instance, without the per-file buffers of a general writer: the storage SCP writes thousands of these per second.
 */
final class FileMetaHeader {
  private FileMetaHeader() {
  }

  static byte[] encode(String cuid, String iuid, String tsuid, String sourceAet) {
    ByteArrayOutputStream group = new ByteArrayOutputStream(256);
    element(group, 0x0001, "OB", new byte[] {0, 1});
    element(group, 0x0002, "UI", uid(cuid));
    element(group, 0x0003, "UI", uid(iuid));
    element(group, 0x0010, "UI", uid(tsuid));
    element(group, 0x0012, "UI", uid(DicomOutputStream.IMPLEMENTATION_CLASS_UID));
    element(group, 0x0013, "SH", text(DicomOutputStream.IMPLEMENTATION_VERSION_NAME));
    if (sourceAet != null) {
      element(group, 0x0016, "AE", text(sourceAet));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(group.size() + 144);
    out.write(new byte[128], 0, 128);
    out.writeBytes("DICM".getBytes(StandardCharsets.US_ASCII));
    byte[] len = {(byte) group.size(), (byte) (group.size() >>> 8), (byte) (group.size() >>> 16),
        (byte) (group.size() >>> 24)};
    element(out, 0x0000, "UL", len);
    out.writeBytes(group.toByteArray());
    return out.toByteArray();
  }

  private static byte[] uid(String s) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    return (b.length & 1) == 0 ? b : java.util.Arrays.copyOf(b, b.length + 1); // NUL padded
  }

  private static byte[] text(String s) {
    return ((s.length() & 1) == 0 ? s : s + " ").getBytes(StandardCharsets.US_ASCII);
  }

  private static void element(ByteArrayOutputStream out, int element, String vr, byte[] value) {
    out.write(0x02);
    out.write(0x00);
    out.write(element);
    out.write(element >>> 8);
    out.write(vr.charAt(0));
    out.write(vr.charAt(1));
    if (vr.equals("OB")) {
      out.write(0);
      out.write(0);
      out.write(value.length);
      out.write(value.length >>> 8);
      out.write(value.length >>> 16);
      out.write(value.length >>> 24);
    } else {
      out.write(value.length);
      out.write(value.length >>> 8);
    }
    out.writeBytes(value);
  }
}
