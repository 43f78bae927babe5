package org.opendrimbox.dicom.io;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.BulkData;
import org.opendrimbox.dicom.data.ElementDictionary;
import org.opendrimbox.dicom.data.Fragments;
import org.opendrimbox.dicom.data.Sequence;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;

/**
 * Streaming reader of DICOM Part 10 files and raw data sets in Implicit/Explicit VR Little Endian (encapsulated
 * transfer syntaxes included, their pixel data is kept as {@link Fragments}) and Deflated Explicit VR Little Endian.
 * Elements are pushed to a {@link DicomInputHandler} (by default this stream builds {@link Attributes}). Lengths are
 * checked against the enclosing item and an allocation limit, so malformed input ends with a
 * {@link DicomStreamException} or {@link EOFException}.
 */
public class DicomInputStream extends FilterInputStream implements DicomInputHandler {

  private static final int ITEM = 0xFFFEE000;
  private static final int ITEM_DELIMITATION = 0xFFFEE00D;
  private static final int SEQUENCE_DELIMITATION = 0xFFFEE0DD;

  private final InputBuffer buf;
  private final boolean part10;
  private boolean initialized;
  private Attributes fmi;
  private String transferSyntax;
  private boolean explicitVR;
  private boolean offsetsValid = true;
  private DicomInputHandler handler = this;
  private BulkDataMode bulkDataMode = BulkDataMode.INLINE;
  private String bulkDataUri;
  private int bulkDataMinLength = 1024;
  private long maxValueLength = Integer.MAX_VALUE - 16;
  private int maxDepth = 64;
  private int depth;

  private int tag;
  private VR vr;
  private long length;
  private long tagPosition;

  /** Reads a Part 10 file: optional preamble, File Meta Information, then the data set in its transfer syntax. */
  public DicomInputStream(InputStream in) {
    super(in);
    this.buf = new InputBuffer(in);
    this.part10 = true;
  }

  /** Reads a raw data set (no preamble, no File Meta Information) encoded in the given transfer syntax. */
  public DicomInputStream(InputStream in, String transferSyntaxUid) {
    super(in);
    this.buf = new InputBuffer(in);
    this.part10 = false;
    this.transferSyntax = transferSyntaxUid;
  }

  /** Sets what to do with bulk data; returns this. */
  public DicomInputStream withBulkData(BulkDataMode mode) {
    this.bulkDataMode = mode;
    return this;
  }

  /** Sets the source URI recorded in {@link BulkData} references (e.g. {@code file.toUri().toString()}); returns this. */
  public DicomInputStream withBulkDataUri(String uri) {
    this.bulkDataUri = uri;
    return this;
  }

  /** Binary values (OB, OW, OF, UN...) at least this long are bulk data (pixel data always is); default 1024. */
  public DicomInputStream withBulkDataMinLength(int minLength) {
    this.bulkDataMinLength = minLength;
    return this;
  }

  /** Largest value read into memory; a longer element fails with DicomStreamException. Default ~2 GiB. */
  public DicomInputStream withAllocationLimit(long maxValueLength) {
    this.maxValueLength = maxValueLength;
    return this;
  }

  /** Deepest sequence nesting accepted (default 64). */
  public DicomInputStream withMaxDepth(int maxDepth) {
    this.maxDepth = maxDepth;
    return this;
  }

  /** Replaces the default handler (which builds Attributes); returns this. */
  public DicomInputStream withHandler(DicomInputHandler handler) {
    this.handler = handler == null ? this : handler;
    return this;
  }

  public BulkDataMode getBulkDataMode() {
    return bulkDataMode;
  }

  /** Tag of the last header read. */
  public int tag() {
    return tag;
  }

  /** VR of the last header read (from the stream, or from the dictionary with implicit VR; null for items). */
  public VR vr() {
    return vr;
  }

  /** Value length of the last header read, -1 if undefined. */
  public long length() {
    return length;
  }

  /** Stream offset of the last header read. */
  public long tagPosition() {
    return tagPosition;
  }

  /** Current stream offset (bytes consumed; restarts at 0 after the File Meta Information of a deflated file). */
  public long position() {
    return buf.position();
  }

  /** True if the data set being read is in an explicit VR transfer syntax. */
  public boolean explicitVR() {
    return explicitVR;
  }

  public String getTransferSyntax() throws IOException {
    init();
    return transferSyntax;
  }

  /** File Meta Information of a Part 10 stream, or null if the stream has none. */
  public Attributes readFileMetaInformation() throws IOException {
    init();
    return fmi;
  }

  /** Reads the whole data set (until the end of the stream). */
  public Attributes readDataset() throws IOException {
    return readDataset(-1);
  }

  /**
   * Reads the data set until the end of the stream or until the first top-level element whose tag is at least stopTag
   * (unsigned); the stream is then positioned at that element's header. A stopTag of -1 reads everything.
   */
  public Attributes readDataset(int stopTag) throws IOException {
    init();
    Attributes attrs = new Attributes();
    handler.startDataset(this);
    readAttributes(attrs, -1, stopTag);
    handler.endDataset(this);
    return attrs;
  }

  private void init() throws IOException {
    if (initialized) {
      return;
    }
    initialized = true;
    if (part10) {
      new FileMetaReader(this, buf).read();
    } else {
      setTransferSyntax(transferSyntax);
    }
  }

  void setExplicitVR(boolean explicit) {
    this.explicitVR = explicit;
  }

  void setFileMetaInformation(Attributes fmi) {
    this.fmi = fmi;
  }

  void setTransferSyntax(String ts) throws DicomStreamException {
    if (ts == null) {
      throw new DicomStreamException("no transfer syntax");
    }
    transferSyntax = ts;
    if (ts.equals(UID.ExplicitVRBigEndian)) {
      throw new DicomStreamException("unsupported transfer syntax: Explicit VR Big Endian");
    }
    explicitVR = !ts.equals(UID.ImplicitVRLittleEndian);
    if (ts.equals(UID.DeflatedExplicitVRLittleEndian)) {
      buf.inflateRest();
      offsetsValid = false;
    }
  }

  /** Reads the next header; false on a clean end of stream. */
  public boolean readHeader() throws IOException {
    if (!buf.ensure(8)) {
      if (buf.available() == 0) {
        return false;
      }
      throw new EOFException("truncated element header at offset " + position());
    }
    tagPosition = position();
    tag = (buf.u16(0) << 16) | buf.u16(2);
    if ((tag >>> 16) == 0xFFFE) {
      vr = null;
      length = buf.i32(4) & 0xFFFFFFFFL;
      buf.advance(8);
    } else if (explicitVR) {
      int code = (buf.u8(4) << 8) | buf.u8(5);
      vr = VR.fromCode(code);
      if (vr == null) {
        throw new DicomStreamException(String.format("invalid VR 0x%04X of %s at offset %d", code,
            Tag.toString(tag), tagPosition));
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

  /** Tag of the next header without consuming it, or -1 at the end of the stream. */
  public int peekTag() throws IOException {
    init();
    if (!buf.ensure(4)) {
      return -1;
    }
    return (buf.u16(0) << 16) | buf.u16(2);
  }

  private void readAttributes(Attributes attrs, long len, int stopTag) throws IOException {
    long end = len < 0 ? -1 : position() + len;
    while (end < 0 || position() < end) {
      if (stopTag != -1 && Integer.compareUnsigned(peekTag(), stopTag) >= 0 && peekTag() != -1) {
        return;
      }
      if (!readHeader()) {
        if (depth == 0 && end < 0) {
          return;
        }
        throw new EOFException("unexpected end of stream inside an item");
      }
      if (tag == ITEM_DELIMITATION && depth > 0) {
        return;
      }
      if ((tag >>> 16) == 0xFFFE) {
        throw new DicomStreamException("unexpected " + Tag.toString(tag) + " at offset " + tagPosition);
      }
      if (end >= 0 && length > end - position()) {
        throw new DicomStreamException(Tag.toString(tag) + " at offset " + tagPosition + " overruns its item");
      }
      handler.readValue(this, attrs);
    }
    if (end >= 0 && position() != end) {
      throw new DicomStreamException("item length mismatch at offset " + position());
    }
  }

  /** True if the current element is a sequence (SQ, or UN of undefined length). */
  public boolean isSequence() {
    return vr == VR.SQ
        || (length == -1 && (vr == VR.UN || (!explicitVR && vr != VR.OB && vr != VR.OW)));
  }

  /** True if the current element's value should be treated as bulk data. */
  public boolean isBulkData() {
    if (depth == 0 && (tag == Tag.PixelData || tag == Tag.FloatPixelData || tag == Tag.DoubleFloatPixelData)) {
      return true;
    }
    return vr != null && vr.isBulkCandidate() && (length == -1 || length >= bulkDataMinLength);
  }

  /** Default handling of an element: sequences, fragments, bulk data per mode, else the value bytes. */
  @Override
  public void readValue(DicomInputStream in, Attributes attrs) throws IOException {
    if (isSequence()) {
      readSequence(attrs.newSequence(tag, 4));
    } else if (length == -1) {
      if (bulkDataMode == BulkDataMode.SKIP) {
        readFragments(null);
      } else {
        Fragments frags = new Fragments(vr, 8);
        attrs.setValue(tag, vr, frags);
        readFragments(frags);
      }
    } else if (bulkDataMode != BulkDataMode.INLINE && isBulkData()) {
      if (bulkDataMode == BulkDataMode.URI && offsetsValid) {
        attrs.setValue(tag, vr, new BulkData(bulkDataUri, position(), length));
        skipValue();
      } else if (bulkDataMode == BulkDataMode.SKIP) {
        skipValue();
      } else {
        attrs.setValue(tag, vr, readValue());
      }
    } else {
      attrs.setValue(tag, vr, readValue());
    }
  }

  /** Default handling of an item: reads it into a new data set added to seq. */
  @Override
  public void readValue(DicomInputStream in, Sequence seq) throws IOException {
    Attributes item = new Attributes();
    seq.add(item);
    readItem(item);
  }

  /** Default handling of a fragment: value bytes or a BulkData reference. */
  @Override
  public void readValue(DicomInputStream in, Fragments frags) throws IOException {
    if (frags == null) {
      skipValue();
    } else if (bulkDataMode == BulkDataMode.URI && offsetsValid && length > 0) {
      frags.add(new BulkData(bulkDataUri, position(), length));
      skipValue();
    } else {
      frags.add(readValue());
    }
  }

  /** Reads the items of the current sequence element, calling the handler for each item header. */
  public void readSequence(Sequence seq) throws IOException {
    boolean saved = explicitVR;
    if (vr == VR.UN) {
      explicitVR = false; // PS3.5 6.2.2: UN of undefined length is encoded in Implicit VR Little Endian
    }
    enter();
    long end = length < 0 ? -1 : position() + length;
    while (end < 0 || position() < end) {
      if (!readHeader()) {
        throw new EOFException("unexpected end of stream inside a sequence");
      }
      if (tag == SEQUENCE_DELIMITATION) {
        break;
      }
      if (tag != ITEM) {
        throw new DicomStreamException("expected an item, found " + Tag.toString(tag) + " at offset " + tagPosition);
      }
      if (end >= 0 && length > end - position()) {
        throw new DicomStreamException("item at offset " + tagPosition + " overruns its sequence");
      }
      handler.readValue(this, seq);
    }
    depth--;
    explicitVR = saved;
  }

  /** Reads the elements of the current item into item (handler called per element header). */
  public void readItem(Attributes item) throws IOException {
    readAttributes(item, length, -1);
  }

  /** Reads the fragments of the current encapsulated element, calling the handler for each fragment header. */
  public void readFragments(Fragments frags) throws IOException {
    enter();
    while (true) {
      if (!readHeader()) {
        throw new EOFException("unexpected end of stream inside encapsulated data");
      }
      if (tag == SEQUENCE_DELIMITATION) {
        break;
      }
      if (tag != ITEM || length < 0) {
        throw new DicomStreamException("bad fragment " + Tag.toString(tag) + " at offset " + tagPosition);
      }
      handler.readValue(this, frags);
    }
    depth--;
  }

  private void enter() throws DicomStreamException {
    if (++depth > maxDepth) {
      throw new DicomStreamException("sequences nested deeper than " + maxDepth + " at offset " + tagPosition);
    }
  }

  /** Reads the current value into memory, within the allocation limit. */
  public byte[] readValue() throws IOException {
    checkLength();
    if (length > Integer.MAX_VALUE - 16) {
      throw new DicomStreamException("value of " + Tag.toString(tag) + " too long to hold in memory: " + length);
    }
    return buf.readBytes(length);
  }

  /** Skips the current value. */
  public void skipValue() throws IOException {
    checkLength();
    buf.skip(length, Tag.toString(tag));
  }

  /** Copies the current value to out, without holding it in memory. */
  public void copyValueTo(OutputStream out) throws IOException {
    checkLength();
    buf.copyTo(out, length);
  }

  private void checkLength() throws DicomStreamException {
    if (length < 0) {
      throw new DicomStreamException("undefined length not allowed for " + Tag.toString(tag));
    }
    if (length > maxValueLength) {
      throw new DicomStreamException("value length " + length + " of " + Tag.toString(tag) + " at offset "
          + tagPosition + " exceeds the limit of " + maxValueLength + " bytes");
    }
  }

  /** Current nesting depth (0 for the top-level data set). */
  public int depth() {
    return depth;
  }

  @Override
  public int read() throws IOException {
    return buf.read();
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    return buf.read(b, off, len);
  }

  @Override
  public long skip(long n) throws IOException {
    if (n <= 0 || (buf.available() == 0 && !buf.ensure(1))) {
      return 0;
    }
    int k = (int) Math.min(buf.available(), n);
    buf.advance(k);
    return k;
  }

  @Override
  public int available() throws IOException {
    return buf.available();
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public void close() throws IOException {
    buf.close();
  }
}
