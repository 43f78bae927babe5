package org.opendrimbox.dicom.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.BulkData;
import org.opendrimbox.dicom.data.Fragments;
import org.opendrimbox.dicom.data.Sequence;
import org.opendrimbox.dicom.data.SpecificCharacterSet;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.dicom.data.ValueCodec;

/**
 * Writes Part 10 files, raw data sets and DIMSE command sets in Implicit, Explicit or Deflated Explicit VR Little Endian
 * (encapsulated syntaxes are written as Explicit VR Little Endian with their {@link Fragments} untouched). Sequences
 * and items are written with undefined length; group length elements of the data set are dropped; bulk data
 * references are copied from their source. Output is buffered: call {@link #flush()} or {@link #finish()}.
 */
public class DicomOutputStream extends FilterOutputStream {

  /** The implementation class UID written in File Meta Information. */
  public static final String IMPLEMENTATION_CLASS_UID = "2.25.98315274104522133582693614620374410017";
  /** The implementation version name written in File Meta Information. */
  public static final String IMPLEMENTATION_VERSION_NAME = "OPENDRIMBOX_01";

  private static final int ITEM = 0xFFFEE000;
  private static final int ITEM_DELIMITATION = 0xFFFEE00D;
  private static final int SEQUENCE_DELIMITATION = 0xFFFEE0DD;

  private final String transferSyntax;
  private final boolean explicitVR;
  private final boolean deflated;
  private final byte[] header = new byte[12];
  private DeflaterOutputStream deflater;

  /** A writer of data sets in the given transfer syntax over out, through a 64 KiB buffer. */
  public DicomOutputStream(OutputStream out, String transferSyntaxUid) {
    this(out, transferSyntaxUid, 64 * 1024);
  }

  /**
   * A writer of data sets in the given transfer syntax over out, through a buffer of {@code bufferSize} bytes
   * (small data sets such as DIMSE identifiers need no 64 KiB buffer allocated for each).
   */
  public DicomOutputStream(OutputStream out, String transferSyntaxUid, int bufferSize) {
    super(new BufferedOutputStream(out, bufferSize));
    this.transferSyntax = transferSyntaxUid;
    this.explicitVR = !UID.ImplicitVRLittleEndian.equals(transferSyntaxUid);
    this.deflated = UID.DeflatedExplicitVRLittleEndian.equals(transferSyntaxUid);
  }

  public String getTransferSyntax() {
    return transferSyntax;
  }

  /** File Meta Information for an instance, with version, implementation class UID and version name set. */
  public static Attributes createFileMetaInformation(String sopInstanceUid, String sopClassUid,
      String transferSyntaxUid) {
    Attributes fmi = new Attributes(8);
    fmi.setBytes(Tag.FileMetaInformationVersion, VR.OB, new byte[] {0, 1});
    fmi.setString(Tag.MediaStorageSOPClassUID, VR.UI, sopClassUid);
    fmi.setString(Tag.MediaStorageSOPInstanceUID, VR.UI, sopInstanceUid);
    fmi.setString(Tag.TransferSyntaxUID, VR.UI, transferSyntaxUid);
    fmi.setString(Tag.ImplementationClassUID, VR.UI, IMPLEMENTATION_CLASS_UID);
    fmi.setString(Tag.ImplementationVersionName, VR.SH, IMPLEMENTATION_VERSION_NAME);
    return fmi;
  }

  /** Writes the 128-byte preamble, "DICM" and group 0002 (Explicit VR Little Endian) with its group length. */
  public void writeFileMetaInformation(Attributes fmi) throws IOException {
    out.write(new byte[128]);
    out.write(new byte[] {'D', 'I', 'C', 'M'});
    long groupLength = 0;
    for (int i = 0; i < fmi.size(); i++) {
      if (fmi.tagAt(i) != Tag.FileMetaInformationGroupLength) {
        groupLength += (fmi.vrAt(i).longHeader() ? 12 : 8) + encode(fmi, i).length;
      }
    }
    writeHeader(Tag.FileMetaInformationGroupLength, VR.UL, 4, true);
    writeInt((int) groupLength);
    for (int i = 0; i < fmi.size(); i++) {
      if (fmi.tagAt(i) != Tag.FileMetaInformationGroupLength) {
        byte[] v = encode(fmi, i);
        writeHeader(fmi.tagAt(i), fmi.vrAt(i), v.length, true);
        out.write(v);
      }
    }
    if (deflated) {
      startDeflate();
    }
  }

  private void startDeflate() {
    deflater = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, true), 64 * 1024);
    out = new BufferedOutputStream(deflater, 64 * 1024);
  }

  /** Writes a data set (group 0002 and group length elements are skipped) and flushes (finishes deflate output). */
  public void writeDataset(Attributes attrs) throws IOException {
    writeElements(attrs);
    finish();
  }

  /**
   * Writes the elements of attrs without finishing the data set, so that more elements (with higher tags) can follow,
   * e.g. streamed by {@link Transcoder#copy}. Call {@link #finish()} at the end.
   */
  public void writeElements(Attributes attrs) throws IOException {
    if (deflated && deflater == null) {
      startDeflate();
    }
    writeAttributes(attrs);
  }

  /** Writes a command set in Implicit VR Little Endian, (0000,0000) first with the computed group length. */
  public void writeCommand(Attributes cmd) throws IOException {
    long groupLength = 0;
    for (int i = 0; i < cmd.size(); i++) {
      if (cmd.tagAt(i) != Tag.CommandGroupLength) {
        groupLength += 8 + encode(cmd, i).length;
      }
    }
    writeHeader(Tag.CommandGroupLength, VR.UL, 4, false);
    writeInt((int) groupLength);
    for (int i = 0; i < cmd.size(); i++) {
      if (cmd.tagAt(i) != Tag.CommandGroupLength) {
        byte[] v = encode(cmd, i);
        writeHeader(cmd.tagAt(i), cmd.vrAt(i), v.length, false);
        out.write(v);
      }
    }
    out.flush();
  }

  /** Completes the output: finishes a deflated stream and flushes; the underlying stream stays open. */
  public void finish() throws IOException {
    out.flush();
    if (deflater != null) {
      deflater.finish();
      deflater.flush();
    }
  }

  private byte[] encode(Attributes attrs, int i) {
    Object v = attrs.valueAt(i);
    VR vr = attrs.vrAt(i);
    if (v instanceof byte[] b) {
      return ValueCodec.pad(b, vr);
    }
    if (v instanceof String[] s) {
      return ValueCodec.encodeStrings(s, vr, attrs.getSpecificCharacterSet());
    }
    throw new IllegalArgumentException("cannot encode " + Tag.toString(attrs.tagAt(i)) + " inline");
  }

  private void writeAttributes(Attributes attrs) throws IOException {
    SpecificCharacterSet cs = attrs.getSpecificCharacterSet();
    for (int i = 0; i < attrs.size(); i++) {
      int tag = attrs.tagAt(i);
      if (Tag.isGroupLength(tag) || Tag.group(tag) == 0x0002) {
        continue;
      }
      VR vr = attrs.vrAt(i);
      Object v = attrs.valueAt(i);
      if (v instanceof Sequence seq) {
        writeSequence(tag, seq);
      } else if (v instanceof Fragments frags) {
        writeFragments(tag, frags);
      } else if (v instanceof BulkData bd) {
        writeBulkData(tag, vr, bd);
      } else if (v instanceof String[] s) {
        writeValue(tag, vr, ValueCodec.encodeStrings(s, vr, cs));
      } else {
        writeValue(tag, vr, ValueCodec.pad((byte[]) v, vr));
      }
    }
  }

  private void writeValue(int tag, VR vr, byte[] b) throws IOException {
    writeHeader(tag, vr, b.length);
    out.write(b);
  }

  private void writeSequence(int tag, Sequence seq) throws IOException {
    writeHeader(tag, VR.SQ, -1);
    for (Attributes item : seq) {
      writeHeader(ITEM, null, -1);
      writeAttributes(item);
      writeHeader(ITEM_DELIMITATION, null, 0);
    }
    writeHeader(SEQUENCE_DELIMITATION, null, 0);
  }

  private void writeFragments(int tag, Fragments frags) throws IOException {
    writeHeader(tag, frags.vr(), -1);
    for (Object f : frags) {
      if (f instanceof BulkData bd) {
        writeBulkData(ITEM, null, bd);
      } else {
        writeValue(ITEM, null, ValueCodec.pad((byte[]) f, VR.OB));
      }
    }
    writeHeader(SEQUENCE_DELIMITATION, null, 0);
  }

  private void writeBulkData(int tag, VR vr, BulkData bd) throws IOException {
    long len = bd.length();
    boolean odd = (len & 1) != 0;
    if (len < 0) {
      throw new DicomStreamException("bulk data of unknown length for " + Tag.toString(tag) + ": " + bd.uri());
    }
    if (len + (odd ? 1 : 0) > 0xFFFFFFFEL) {
      throw new DicomStreamException("bulk data too long for " + Tag.toString(tag) + ": " + len);
    }
    writeHeader(tag, vr, (int) (len + (odd ? 1 : 0)));
    try (InputStream in = bd.openStream()) {
      long copied = in.transferTo(out);
      if (copied != len) {
        throw new DicomStreamException("bulk data " + bd + " delivered " + copied + " bytes");
      }
    }
    if (odd) {
      out.write(vr == null ? 0 : vr.paddingByte());
    }
  }

  /** Writes an element, item or delimitation header in this stream's encoding (length -1 = undefined). */
  public void writeHeader(int tag, VR vr, int length) throws IOException {
    if (deflated && deflater == null) {
      startDeflate();
    }
    writeHeader(tag, vr, length, explicitVR);
  }

  private void writeHeader(int tag, VR vr, int length, boolean explicit) throws IOException {
    byte[] h = header;
    h[0] = (byte) (tag >>> 16);
    h[1] = (byte) (tag >>> 24);
    h[2] = (byte) tag;
    h[3] = (byte) (tag >>> 8);
    if (vr == null || !explicit) {
      putInt(h, 4, length);
      out.write(h, 0, 8);
      return;
    }
    VR v = vr;
    if (!v.longHeader() && (length < 0 || length > 0xFFFF)) {
      v = VR.UN; // PS3.5 6.2.2: a value too long for a 16-bit length is sent as UN
    }
    h[4] = (byte) (v.code() >>> 8);
    h[5] = (byte) v.code();
    if (v.longHeader()) {
      h[6] = 0;
      h[7] = 0;
      putInt(h, 8, length);
      out.write(h, 0, 12);
    } else {
      h[6] = (byte) length;
      h[7] = (byte) (length >>> 8);
      out.write(h, 0, 8);
    }
  }

  private void writeInt(int v) throws IOException {
    putInt(header, 0, v);
    out.write(header, 0, 4);
  }

  private static void putInt(byte[] b, int o, int v) {
    b[o] = (byte) v;
    b[o + 1] = (byte) (v >>> 8);
    b[o + 2] = (byte) (v >>> 16);
    b[o + 3] = (byte) (v >>> 24);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
  }

  @Override
  public void close() throws IOException {
    finish();
    super.close();
  }
}
