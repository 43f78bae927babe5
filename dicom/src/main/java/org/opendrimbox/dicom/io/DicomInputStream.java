package org.opendrimbox.dicom.io;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.opendrimbox.dicom.data.Attributes;
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

  private final InputBuffer buf;
  private final boolean part10;
  private boolean initialized;
  private Attributes fmi;
  private String transferSyntax;
  private boolean explicitVR;
  /** False when positions are not source offsets (inflated data): BulkData references are then impossible. */
  boolean offsetsValid = true;
  private DicomInputHandler handler = this;
  private final DefaultHandler defaults = new DefaultHandler();
  private BulkDataMode bulkDataMode = BulkDataMode.INLINE;
  String bulkDataUri;
  private long bulkDataBase;
  private int bulkDataMinLength = 1024;
  private long maxValueLength = Integer.MAX_VALUE - 16;
  private int maxDepth = 64;
  private int depth;
  private boolean signedPixels;

  private final ElementHeader h = new ElementHeader();

  /** Reads a Part 10 file: optional preamble, File Meta Information, then the data set in its transfer syntax. */
  public DicomInputStream(InputStream in) {
    this(in, null, true);
  }

  /** Reads a raw data set (no preamble, no File Meta Information) encoded in the given transfer syntax. */
  public DicomInputStream(InputStream in, String transferSyntaxUid) {
    this(in, transferSyntaxUid, false);
  }

  private DicomInputStream(InputStream in, String transferSyntaxUid, boolean part10) {
    super(in);
    this.buf = new InputBuffer(in);
    this.part10 = part10;
    this.transferSyntax = transferSyntaxUid;
  }

  /** Sets what to do with bulk data; returns this. */
  public DicomInputStream withBulkData(BulkDataMode mode) {
    this.bulkDataMode = mode;
    return this;
  }

  /** Sets the source URI recorded in BulkData references (e.g. {@code file.toUri().toString()}); returns this. */
  public DicomInputStream withBulkDataUri(String uri) {
    return withBulkDataUri(uri, 0);
  }

  /**
   * Sets the source URI recorded in BulkData references, where this stream starts at {@code base} (a Part 10 stream
   * stored inside a larger file): the references locate their values in the source. Returns this.
   */
  public DicomInputStream withBulkDataUri(String uri, long base) {
    this.bulkDataUri = uri;
    this.bulkDataBase = base;
    return this;
  }

  /** Where the current value starts in the bulk data source. */
  long bulkDataOffset() {
    return bulkDataBase + position();
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
    return h.tag;
  }

  /** VR of the last header read (from the stream, or from the dictionary with implicit VR; null for items). */
  public VR vr() {
    return h.vr;
  }

  /** Value length of the last header read, -1 if undefined. */
  public long length() {
    return h.length;
  }

  /** Stream offset of the last header read. */
  public long tagPosition() {
    return h.tagPosition;
  }

  /** Current stream offset (bytes consumed; restarts at 0 after the File Meta Information of a deflated file). */
  public long position() {
    return buf.position();
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
    init();
    if (!h.read(buf, explicitVR)) {
      return false;
    }
    if (h.tag == Tag.PixelRepresentation && h.length == 2 && depth == 0 && buf.ensure(2)) {
      signedPixels = buf.u16(0) == 1; // peeked, not consumed
    } else if (signedPixels && !explicitVR && h.vr == VR.US && ElementDictionary.isPixelValueDependent(h.tag)) {
      h.vr = VR.SS;
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
      if (h.tag == Tag.ItemDelimitationItem && depth > 0) {
        break;
      }
      if ((h.tag >>> 16) == 0xFFFE) {
        throw new DicomStreamException("unexpected " + Tag.toString(h.tag) + " at offset " + h.tagPosition);
      }
      if (end >= 0 && h.length > end - position()) {
        throw new DicomStreamException(Tag.toString(h.tag) + " at offset " + h.tagPosition + " overruns its item");
      }
      handler.readValue(this, attrs);
    }
    if (end >= 0 && position() != end) {
      throw new DicomStreamException("item length mismatch at offset " + position());
    }
  }

  /** True if the current element is a sequence (SQ, or UN of undefined length). */
  public boolean isSequence() {
    return h.vr == VR.SQ
        || (h.length == -1 && (h.vr == VR.UN || (!explicitVR && h.vr != VR.OB && h.vr != VR.OW)));
  }

  /** True if the current element's value should be treated as bulk data. */
  public boolean isBulkData() {
    if (depth == 0 && (h.tag == Tag.PixelData || h.tag == Tag.FloatPixelData || h.tag == Tag.DoubleFloatPixelData)) {
      return true;
    }
    return h.vr != null && h.vr.isBulkCandidate() && (h.length == -1 || h.length >= bulkDataMinLength);
  }

  // default handling (DefaultHandler): sequences, fragments, bulk data per mode, else the value bytes
  @Override
  public void readValue(DicomInputStream in, Attributes attrs) throws IOException {
    defaults.readValue(in, attrs);
  }

  @Override
  public void readValue(DicomInputStream in, Sequence seq) throws IOException {
    defaults.readValue(in, seq);
  }

  @Override
  public void readValue(DicomInputStream in, Fragments frags) throws IOException {
    defaults.readValue(in, frags);
  }

  /** Reads the items of the current sequence element, calling the handler for each item header. */
  public void readSequence(Sequence seq) throws IOException {
    boolean saved = explicitVR;
    if (h.vr == VR.UN) {
      explicitVR = false; // PS3.5 6.2.2: UN of undefined length is encoded in Implicit VR Little Endian
    }
    enter();
    long end = h.length < 0 ? -1 : position() + h.length;
    while (end < 0 || position() < end) {
      if (!readHeader()) {
        throw new EOFException("unexpected end of stream inside a sequence");
      }
      if (h.tag == Tag.SequenceDelimitationItem) {
        break;
      }
      if (h.tag != Tag.Item) {
        throw new DicomStreamException("expected an item, found " + Tag.toString(h.tag) + " at offset "
            + h.tagPosition);
      }
      if (end >= 0 && h.length > end - position()) {
        throw new DicomStreamException("item at offset " + h.tagPosition + " overruns its sequence");
      }
      handler.readValue(this, seq);
    }
    depth--;
    explicitVR = saved;
  }

  /** Reads the elements of the current item into item (handler called per element header). */
  public void readItem(Attributes item) throws IOException {
    readAttributes(item, h.length, -1);
  }

  /** Reads the fragments of the current encapsulated element, calling the handler for each fragment header. */
  public void readFragments(Fragments frags) throws IOException {
    enter();
    while (true) {
      if (!readHeader()) {
        throw new EOFException("unexpected end of stream inside encapsulated data");
      }
      if (h.tag == Tag.SequenceDelimitationItem) {
        break;
      }
      if (h.tag != Tag.Item || h.length < 0) {
        throw new DicomStreamException("bad fragment " + Tag.toString(h.tag) + " at offset " + h.tagPosition);
      }
      handler.readValue(this, frags);
    }
    depth--;
  }

  private void enter() throws DicomStreamException {
    if (++depth > maxDepth) {
      throw new DicomStreamException("sequences nested deeper than " + maxDepth + " at offset " + h.tagPosition);
    }
  }

  /** Reads the current value into memory, within the allocation limit. */
  public byte[] readValue() throws IOException {
    checkDefined();
    long limit = Math.min(maxValueLength, Integer.MAX_VALUE - 16);
    if (h.length > limit) {
      throw new DicomStreamException("value length " + h.length + " of " + Tag.toString(h.tag) + " at offset "
          + h.tagPosition + " exceeds the limit of " + limit + " bytes");
    }
    return buf.readBytes(h.length);
  }

  /** Skips the current value (any length: nothing is allocated). */
  public void skipValue() throws IOException {
    checkDefined();
    buf.skip(h.length, Tag.toString(h.tag));
  }

  /** Copies the current value to out, without holding it in memory. */
  public void copyValueTo(OutputStream out) throws IOException {
    checkDefined();
    buf.copyTo(out, h.length);
  }

  private void checkDefined() throws DicomStreamException {
    if (h.length < 0) {
      throw new DicomStreamException("undefined length not allowed for " + Tag.toString(h.tag));
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
  public boolean markSupported() { // mark/reset would bypass the internal buffer
    return false;
  }

  @Override
  public void close() throws IOException {
    buf.close();
  }
}
