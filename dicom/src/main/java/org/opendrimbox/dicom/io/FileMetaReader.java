package org.opendrimbox.dicom.io;

import java.io.IOException;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;

/** Detects the preamble and reads the File Meta Information (group 0002, Explicit VR Little Endian). */
final class FileMetaReader {

  private static final int MAX_META_VALUE = 64 * 1024;

  private final DicomInputStream dis;
  private final InputBuffer buf;

  FileMetaReader(DicomInputStream dis, InputBuffer buf) {
    this.dis = dis;
    this.buf = buf;
  }

  void read() throws IOException {
    if (buf.ensure(132) && buf.u8(128) == 'D' && buf.u8(129) == 'I' && buf.u8(130) == 'C' && buf.u8(131) == 'M') {
      buf.advance(132);
      readMeta();
    } else if (buf.ensure(6) && buf.u16(0) == 0x0002 && isVr(buf.u8(4), buf.u8(5))) {
      readMeta();
    } else if (buf.ensure(6)) {
      dis.setTransferSyntax(isVr(buf.u8(4), buf.u8(5)) ? UID.ExplicitVRLittleEndian : UID.ImplicitVRLittleEndian);
    } else if (buf.available() == 0) {
      throw new DicomStreamException("empty stream: no DICOM data");
    } else {
      throw new DicomStreamException("stream too short for DICOM data (" + buf.available() + " bytes)");
    }
  }

  private static boolean isVr(int a, int b) {
    return VR.fromCode((a << 8) | b) != null;
  }

  private void readMeta() throws IOException {
    Attributes fmi = new Attributes(12);
    dis.setExplicitVR(true);
    while (buf.ensure(4) && buf.u16(0) == 0x0002) {
      if (!dis.readHeader()) {
        break;
      }
      if (dis.length() < 0 || dis.length() > MAX_META_VALUE) {
        throw new DicomStreamException("bad length " + dis.length() + " of " + Tag.toString(dis.tag())
            + " in File Meta Information");
      }
      fmi.setValue(dis.tag(), dis.vr(), dis.readValue());
    }
    dis.setFileMetaInformation(fmi);
    String ts = fmi.getString(Tag.TransferSyntaxUID);
    if (ts == null) {
      throw new DicomStreamException("File Meta Information has no Transfer Syntax UID");
    }
    dis.setTransferSyntax(ts);
  }
}
