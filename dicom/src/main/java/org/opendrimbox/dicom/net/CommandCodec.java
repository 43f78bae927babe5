package org.opendrimbox.dicom.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.ElementDictionary;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.dicom.data.ValueCodec;
import org.opendrimbox.dicom.net.pdu.AAbort;
import org.opendrimbox.dicom.net.pdu.PduFormatException;

/**
 * Encodes and decodes DIMSE command sets: group 0000 only, Implicit VR Little Endian, (0000,0000) computed on write.
 * Command sets hold short binary and text values, so they are handled as whole byte arrays.
 */
final class CommandCodec {
  private CommandCodec() {
  }

  static byte[] encode(Attributes cmd) {
    ByteArrayOutputStream body = new ByteArrayOutputStream(256);
    for (int tag : cmd.tags()) {
      if (tag == Tag.CommandGroupLength) {
        continue;
      }
      if ((tag >>> 16) != 0) {
        throw new IllegalArgumentException("not a command element: " + Tag.toString(tag));
      }
      VR vr = cmd.getVR(tag);
      byte[] v = cmd.getBytes(tag);
      v = v == null ? new byte[0] : ValueCodec.pad(v, vr);
      element(body, tag, v);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.size() + 12);
    byte[] len = new byte[4];
    le32(len, 0, body.size());
    element(out, Tag.CommandGroupLength, len);
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }

  private static void element(ByteArrayOutputStream out, int tag, byte[] v) {
    byte[] h = new byte[8];
    h[0] = (byte) (tag >>> 16);
    h[1] = (byte) (tag >>> 24);
    h[2] = (byte) tag;
    h[3] = (byte) (tag >>> 8);
    le32(h, 4, v.length);
    out.write(h, 0, 8);
    out.write(v, 0, v.length);
  }

  private static void le32(byte[] b, int off, int v) {
    b[off] = (byte) v;
    b[off + 1] = (byte) (v >>> 8);
    b[off + 2] = (byte) (v >>> 16);
    b[off + 3] = (byte) (v >>> 24);
  }

  static Attributes decode(byte[] b, int length) throws IOException {
    Attributes cmd = new Attributes(16);
    int pos = 0;
    while (pos < length) {
      if (length - pos < 8) {
        throw invalid("truncated command element");
      }
      int tag = (b[pos + 1] & 0xFF) << 24 | (b[pos] & 0xFF) << 16 | (b[pos + 3] & 0xFF) << 8 | (b[pos + 2] & 0xFF);
      long len = (b[pos + 4] & 0xFFL) | (b[pos + 5] & 0xFF) << 8 | (b[pos + 6] & 0xFF) << 16
          | (long) (b[pos + 7] & 0xFF) << 24;
      pos += 8;
      if (len > length - pos) {
        throw invalid("command element " + Tag.toString(tag) + " length " + len + " exceeds the command");
      }
      if ((tag >>> 16) != 0) {
        throw invalid("element " + Tag.toString(tag) + " in a command set");
      }
      byte[] v = new byte[(int) len];
      System.arraycopy(b, pos, v, 0, v.length);
      pos += v.length;
      cmd.setBytes(tag, vrOf(tag), v);
    }
    return cmd;
  }

  /** VR of a command element (PS3.7 annex E), without loading the whole data dictionary. */
  static VR vrOf(int tag) {
    return switch (tag & 0xFFFF) {
      case 0x0000 -> VR.UL;
      case 0x0002, 0x0003, 0x1000, 0x1001 -> VR.UI;
      case 0x0600, 0x1030 -> VR.AE;
      case 0x0901, 0x1005 -> VR.AT;
      case 0x0902 -> VR.LO;
      case 0x0100, 0x0110, 0x0120, 0x0700, 0x0800, 0x0900, 0x0903, 0x1002, 0x1008, 0x1020, 0x1021, 0x1022, 0x1023,
          0x1031 -> VR.US;
      default -> {
        VR vr = ElementDictionary.vrOf(tag);
        yield vr == null ? VR.UN : vr;
      }
    };
  }

  private static PduFormatException invalid(String msg) {
    return new PduFormatException(AAbort.REASON_INVALID_PDU_PARAMETER_VALUE, msg);
  }
}
