package org.opendrimbox.dicom.io;

import java.io.EOFException;
import java.io.IOException;
import org.opendrimbox.dicom.data.ElementDictionary;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.VR;

/** Decodes one element, item or delimitation header (PS3.5 section 7.1) from an {@link InputBuffer}. */
final class ElementHeader {

  int tag;
  VR vr;
  /** Value length, -1 if undefined. */
  long length;
  long tagPosition;

  /** Reads the next header; false on a clean end of stream. */
  boolean read(InputBuffer buf, boolean explicitVR) throws IOException {
    if (!buf.ensure(8)) {
      if (buf.available() == 0) {
        return false;
      }
      throw new EOFException("truncated element header at offset " + buf.position());
    }
    tagPosition = buf.position();
    tag = (buf.u16(0) << 16) | buf.u16(2);
    if ((tag >>> 16) == 0xFFFE) {
      vr = null;
      length = buf.i32(4) & 0xFFFFFFFFL;
      buf.advance(8);
    } else if (explicitVR) {
      int code = (buf.u8(4) << 8) | buf.u8(5);
      vr = VR.fromCode(code);
      if (vr == null) {
        if (!isUpperAlpha(code >>> 8) || !isUpperAlpha(code & 0xFF)) {
          throw new DicomStreamException(String.format("invalid VR 0x%04X of %s at offset %d", code,
              Tag.toString(tag), tagPosition));
        }
        vr = VR.UN; // PS3.5 6.2: VRs added in future editions use the 32-bit length form, read them as UN
      }
      if (vr.longHeader()) {
        buf.require(12, "element header");
        length = buf.i32(8) & 0xFFFFFFFFL;
        buf.advance(12);
      } else {
        length = buf.u16(6);
        buf.advance(8);
      }
    } else {
      vr = ElementDictionary.vrOf(tag);
      length = buf.i32(4) & 0xFFFFFFFFL;
      buf.advance(8);
    }
    if (length == 0xFFFFFFFFL) {
      length = -1;
    }
    return true;
  }

  private static boolean isUpperAlpha(int c) {
    return c >= 'A' && c <= 'Z';
  }
}
