package org.opendrimbox.dicom.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Set;
import java.util.function.Consumer;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Fragments;
import org.opendrimbox.dicom.data.Sequence;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;

/**
 * Streams a data set from one transfer syntax to another, element by element, without holding values in memory:
 * Implicit, Explicit and Deflated Explicit VR Little Endian convert freely; other (encapsulated) syntaxes only copy
 * to themselves, pixel data fragments passed through untouched. Sequences and items are re-written with undefined
 * lengths and group length elements are dropped, since their lengths change between encodings.
 */
public final class Transcoder implements DicomInputHandler {

  /** Block size of same-syntax copies (at least the 64 KiB of the stream buffers, so that they are bypassed). */
  static final int RAW_BLOCK = 256 * 1024;
  private static final ThreadLocal<byte[]> RAW_BLOCKS = ThreadLocal.withInitial(() -> new byte[RAW_BLOCK]);
  /** Output buffer of {@link #transcodeHead}: a header fits in it, and one is allocated per instance served. */
  private static final int HEAD_BUFFER = 8 * 1024;

  private static final Set<String> NATIVE = Set.of(UID.ImplicitVRLittleEndian, UID.ExplicitVRLittleEndian,
      UID.DeflatedExplicitVRLittleEndian);
  private static final int ITEM = 0xFFFEE000;
  private static final int ITEM_DELIMITATION = 0xFFFEE00D;
  private static final int SEQUENCE_DELIMITATION = 0xFFFEE0DD;

  private final DicomOutputStream out;
  private final Attributes scratch = new Attributes(1);
  private final Sequence scratchSeq = scratch.newSequence(0, 0);
  private final Fragments scratchFrags = new Fragments(VR.OB, 0);

  private Transcoder(DicomOutputStream out) {
    this.out = out;
  }

  /** True if data in transfer syntax from can be streamed to transfer syntax to. */
  public static boolean canTranscode(String from, String to) {
    return from.equals(to) || (NATIVE.contains(from) && NATIVE.contains(to));
  }

  /**
   * Converts a Part 10 stream to a Part 10 stream in targetTs (File Meta Information rewritten with the new transfer
   * syntax). Returns the source transfer syntax.
   */
  public static String transcode(InputStream in, OutputStream out, String targetTs) throws IOException {
    return transcode(in, out, targetTs, null);
  }

  /**
   * Like {@link #transcode(InputStream, OutputStream, String)}, letting editor change the elements that precede the
   * pixel data (e.g. add Other Patient IDs) before they are written; the pixel data and what follows are streamed.
   * Only the elements before (7FE0,0010) are held in memory. When the source is already in targetTs (and not
   * deflated), the pixel data and what follows are copied byte for byte in large blocks, without being parsed.
   * Returns the source transfer syntax.
   */
  public static String transcode(InputStream in, OutputStream out, String targetTs, Consumer<Attributes> editor)
      throws IOException {
    DicomInputStream dis = new DicomInputStream(in);
    DicomOutputStream dos = new DicomOutputStream(out, targetTs);
    String sourceTs = writeFileMeta(dis, dos, targetTs);
    if (editor != null && writeHead(dis, dos, editor)) {
      copyRaw(dis, dos);
      dos.finish();
    } else {
      copy(dis, dos);
    }
    return sourceTs;
  }

  /**
   * Writes the File Meta Information (with targetTs) and the elements before the pixel data of a Part 10 stream, as
   * editor changes them, in targetTs. When the rest (pixel data and what follows) can be sent byte for byte (source
   * already in targetTs and not deflated), returns its offset in the source: the caller appends the source bytes from
   * there to the end, e.g. straight from the file. Otherwise converts the rest to out as well and returns -1. Does not
   * flush out.
   */
  public static long transcodeHead(InputStream in, OutputStream out, String targetTs, Consumer<Attributes> editor)
      throws IOException {
    DicomInputStream dis = new DicomInputStream(in);
    DicomOutputStream dos = new DicomOutputStream(new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void flush() { // the head is handed to out, which the caller flushes when it likes
      }
    }, targetTs, HEAD_BUFFER);
    writeFileMeta(dis, dos, targetTs);
    if (writeHead(dis, dos, editor)) {
      dos.flush();
      return dis.position();
    }
    copy(dis, dos);
    return -1;
  }

  /** Reads the File Meta Information, checks the conversion, writes it for targetTs; returns the source syntax. */
  private static String writeFileMeta(DicomInputStream dis, DicomOutputStream dos, String targetTs) throws IOException {
    Attributes fmi = dis.readFileMetaInformation();
    String sourceTs = dis.getTransferSyntax();
    check(sourceTs, targetTs);
    dos.writeFileMetaInformation(fileMetaFor(fmi, targetTs));
    return sourceTs;
  }

  /**
   * Reads the elements before the pixel data, lets editor (may be null) change them and writes them; returns whether
   * the rest may be copied byte for byte (source already in the target syntax, not deflated).
   */
  private static boolean writeHead(DicomInputStream dis, DicomOutputStream dos, Consumer<Attributes> editor)
      throws IOException {
    Attributes header = dis.readDataset(Tag.PixelData);
    if (editor != null) {
      editor.accept(header);
    }
    dos.writeElements(header);
    String sourceTs = dis.getTransferSyntax();
    return sourceTs.equals(dos.getTransferSyntax()) && !UID.DeflatedExplicitVRLittleEndian.equals(sourceTs);
  }

  private static Attributes fileMetaFor(Attributes fmi, String targetTs) {
    Attributes newFmi = new Attributes(8);
    if (fmi != null) {
      newFmi.addAll(fmi);
    }
    newFmi.remove(Tag.FileMetaInformationGroupLength);
    newFmi.setString(Tag.TransferSyntaxUID, VR.UI, targetTs);
    return newFmi;
  }

  /** The rest of in, unparsed; blocks of {@link #RAW_BLOCK} bytes pass the output buffer without a copy. */
  private static void copyRaw(DicomInputStream in, DicomOutputStream out) throws IOException {
    byte[] block = RAW_BLOCKS.get();
    int n;
    while ((n = in.read(block, 0, block.length)) > 0) {
      out.write(block, 0, n);
    }
  }

  /** Converts a raw data set (no File Meta Information), e.g. a DIMSE data set, between transfer syntaxes. */
  public static void transcodeDataset(InputStream in, String sourceTs, OutputStream out, String targetTs)
      throws IOException {
    check(sourceTs, targetTs);
    copy(new DicomInputStream(in, sourceTs), new DicomOutputStream(out, targetTs));
  }

  /** Streams the rest of the data set of in to out (File Meta Information already handled by the caller). */
  public static void copy(DicomInputStream in, DicomOutputStream out) throws IOException {
    in.withHandler(new Transcoder(out)).readDataset();
    out.finish();
  }

  private static void check(String from, String to) throws DicomStreamException {
    if (!canTranscode(from, to)) {
      throw new DicomStreamException("cannot transcode " + UID.nameOf(from) + " to " + UID.nameOf(to));
    }
  }

  @Override
  public void readValue(DicomInputStream in, Attributes attrs) throws IOException {
    int tag = in.tag();
    if (Tag.isGroupLength(tag)) {
      in.skipValue();
    } else if (in.isSequence()) {
      out.writeHeader(tag, VR.SQ, -1);
      in.readSequence(scratchSeq);
      out.writeHeader(SEQUENCE_DELIMITATION, null, 0);
    } else if (in.length() < 0) {
      out.writeHeader(tag, in.vr(), -1);
      in.readFragments(scratchFrags);
      out.writeHeader(SEQUENCE_DELIMITATION, null, 0);
    } else {
      copyValue(in, tag, in.vr());
    }
  }

  @Override
  public void readValue(DicomInputStream in, Sequence seq) throws IOException {
    out.writeHeader(ITEM, null, -1);
    in.readItem(scratch);
    out.writeHeader(ITEM_DELIMITATION, null, 0);
  }

  @Override
  public void readValue(DicomInputStream in, Fragments frags) throws IOException {
    copyValue(in, ITEM, null);
  }

  private void copyValue(DicomInputStream in, int tag, VR vr) throws IOException {
    long len = in.length();
    boolean odd = (len & 1) != 0;
    out.writeHeader(tag, vr, (int) (len + (odd ? 1 : 0)));
    in.copyValueTo(out);
    if (odd) {
      out.write(vr == null ? 0 : vr.paddingByte());
    }
  }
}
