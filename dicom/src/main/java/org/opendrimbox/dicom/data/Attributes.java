package org.opendrimbox.dicom.data;

import java.util.Arrays;

/**
 * A DICOM data set: elements ordered by tag, each with its VR and value. Values read from a stream stay encoded
 * ({@code byte[]}) and are decoded on access with the data set's Specific Character Set; values set through the API are
 * kept as {@code String[]}, {@code byte[]}, {@link Sequence}, {@link Fragments} or {@link BulkData}. Not thread-safe.
 */
public final class Attributes {

  /** Receives the elements of a data set in tag order. */
  @FunctionalInterface
  public interface Visitor {
    void visit(Attributes attrs, int tag, VR vr, Object value);
  }

  private static final byte[] EMPTY = {};

  private int[] tags;
  private VR[] vrs;
  private Object[] values;
  private int size;
  private Attributes parent;
  private SpecificCharacterSet charset;

  public Attributes() {
    this(16);
  }

  public Attributes(int initialCapacity) {
    int c = Math.max(1, initialCapacity);
    tags = new int[c];
    vrs = new VR[c];
    values = new Object[c];
  }

  void setParent(Attributes parent) {
    this.parent = parent;
    this.charset = null;
  }

  /** The data set holding the sequence this item belongs to, or null for a top-level data set. */
  public Attributes getParent() {
    return parent;
  }

  private int indexOf(int tag) {
    if (size > 0 && Integer.compareUnsigned(tags[size - 1], tag) < 0) {
      return -size - 1;
    }
    int lo = 0;
    int hi = size - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = Integer.compareUnsigned(tags[mid], tag);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -lo - 1;
  }

  public boolean contains(int tag) {
    return indexOf(tag) >= 0;
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** Tag of the i-th element in tag order. */
  public int tagAt(int i) {
    return tags[i];
  }

  /** VR of the i-th element in tag order. */
  public VR vrAt(int i) {
    return vrs[i];
  }

  /** Raw value of the i-th element in tag order. */
  public Object valueAt(int i) {
    return values[i];
  }

  public VR getVR(int tag) {
    int i = indexOf(tag);
    return i < 0 ? null : vrs[i];
  }

  /** Raw stored value (byte[], String[], Sequence, BulkData, Fragments), or null if absent. */
  public Object getValue(int tag) {
    int i = indexOf(tag);
    return i < 0 ? null : values[i];
  }

  /** First value as text, trimmed; null if absent or empty. Binary numbers are formatted. */
  public String getString(int tag) {
    String[] s = getStrings(tag);
    return s == null || s.length == 0 || s[0].isEmpty() ? null : s[0];
  }

  public String getString(int tag, String def) {
    String s = getString(tag);
    return s == null ? def : s;
  }

  /** All values as text; null if absent, empty array if the value is empty. */
  public String[] getStrings(int tag) {
    int i = indexOf(tag);
    return i < 0 ? null : stringsAt(i);
  }

  /** Decoded text of the i-th element. */
  String[] stringsAt(int i) {
    Object v = values[i];
    VR vr = vrs[i];
    if (v instanceof String[] s) {
      return s.length == 1 && s[0].isEmpty() ? new String[0] : s.clone();
    }
    if (v instanceof byte[] b) {
      if (vr.isString()) {
        return ValueCodec.decodeStrings(b, vr, getSpecificCharacterSet());
      }
      if (vr.isBinary() && vr != VR.OB && vr != VR.UN) {
        return ValueCodec.binaryToStrings(b, vr);
      }
    }
    return new String[0];
  }

  /** First value as int (US, UL, SS, SL, IS, DS ...), or def if absent, empty or not a number. */
  public int getInt(int tag, int def) {
    int i = indexOf(tag);
    if (i < 0) {
      return def;
    }
    Object v = values[i];
    VR vr = vrs[i];
    if (v instanceof byte[] b && vr.isBinary()) {
      return b.length < vr.bytesPerValue() ? def : (int) ValueCodec.longAt(b, vr, 0);
    }
    String[] s = stringsAt(i);
    if (s.length == 0 || s[0].isEmpty()) {
      return def;
    }
    try {
      return (int) Double.parseDouble(s[0]);
    } catch (NumberFormatException e) {
      return def;
    }
  }

  /** First value as double (FL, FD, DS, IS, integer VRs), or def if absent, empty or not a number. */
  public double getDouble(int tag, double def) {
    int i = indexOf(tag);
    if (i < 0) {
      return def;
    }
    Object v = values[i];
    VR vr = vrs[i];
    if (v instanceof byte[] b && vr.isBinary() && vr != VR.OB && vr != VR.UN) {
      return b.length < vr.bytesPerValue() ? def : ValueCodec.doubleAt(b, vr, 0);
    }
    String[] s = stringsAt(i);
    try {
      return s.length == 0 || s[0].isEmpty() ? def : Double.parseDouble(s[0]);
    } catch (NumberFormatException e) {
      return def;
    }
  }

  /**
   * Raw little-endian value bytes (strings are encoded with the data set's character set); null if absent or not held
   * in memory (Sequence, Fragments, BulkData: use {@link #getValue}).
   */
  public byte[] getBytes(int tag) {
    int i = indexOf(tag);
    if (i < 0) {
      return null;
    }
    Object v = values[i];
    if (v instanceof byte[] b) {
      return b;
    }
    if (v instanceof String[] s) {
      return ValueCodec.encodeStrings(s, vrs[i], getSpecificCharacterSet());
    }
    return v == null ? EMPTY : null;
  }

  public Sequence getSequence(int tag) {
    return getValue(tag) instanceof Sequence s ? s : null;
  }

  /** First item of a sequence, or null. */
  public Attributes getNestedDataset(int sequenceTag) {
    Sequence s = getSequence(sequenceTag);
    return s == null || s.isEmpty() ? null : s.get(0);
  }

  /** Sets text values (null values count as empty); numbers given as text are encoded for binary VRs. */
  public Attributes setString(int tag, VR vr, String... values) {
    if (vr.isBinary() && vr != VR.OB && vr != VR.UN) {
      return set(tag, vr, ValueCodec.stringsToBinary(values, vr));
    }
    if (tag == Tag.SpecificCharacterSet) {
      charset = null;
    }
    String[] copy = values.clone();
    for (int k = 0; k < copy.length; k++) {
      copy[k] = copy[k] == null ? "" : copy[k];
    }
    return set(tag, vr, copy);
  }

  public Attributes setInt(int tag, VR vr, int... values) {
    if (vr.isString()) {
      String[] s = new String[values.length];
      for (int k = 0; k < values.length; k++) {
        s[k] = Integer.toString(values[k]);
      }
      return set(tag, vr, s);
    }
    return set(tag, vr, ValueCodec.intsToBinary(values, vr));
  }

  public Attributes setBytes(int tag, VR vr, byte[] value) {
    return set(tag, vr, value == null ? EMPTY : value);
  }

  /** Sets a raw value: byte[] (encoded, little endian), String[], Sequence, Fragments, BulkData or null (empty). */
  public Attributes setValue(int tag, VR vr, Object value) {
    if (value instanceof String s) {
      return setString(tag, vr, s);
    }
    if (value instanceof String[] s) {
      return setString(tag, vr, s);
    }
    if (tag == Tag.SpecificCharacterSet) {
      charset = null;
    }
    return set(tag, vr, value == null ? EMPTY : value);
  }

  /** Creates (or replaces) a sequence element and returns it, ready for items. */
  public Sequence newSequence(int tag, int initialCapacity) {
    Sequence s = new Sequence(this, tag, initialCapacity);
    set(tag, VR.SQ, s);
    return s;
  }

  private Attributes set(int tag, VR vr, Object value) {
    int i = indexOf(tag);
    if (i >= 0) {
      vrs[i] = vr;
      values[i] = value;
      return this;
    }
    i = -i - 1;
    if (size == tags.length) {
      int c = size * 2;
      tags = Arrays.copyOf(tags, c);
      vrs = Arrays.copyOf(vrs, c);
      values = Arrays.copyOf(values, c);
    }
    if (i < size) {
      System.arraycopy(tags, i, tags, i + 1, size - i);
      System.arraycopy(vrs, i, vrs, i + 1, size - i);
      System.arraycopy(values, i, values, i + 1, size - i);
    }
    tags[i] = tag;
    vrs[i] = vr;
    values[i] = value;
    size++;
    return this;
  }

  public boolean remove(int tag) {
    int i = indexOf(tag);
    if (i < 0) {
      return false;
    }
    System.arraycopy(tags, i + 1, tags, i, size - i - 1);
    System.arraycopy(vrs, i + 1, vrs, i, size - i - 1);
    System.arraycopy(values, i + 1, values, i, size - i - 1);
    size--;
    values[size] = null;
    if (tag == Tag.SpecificCharacterSet) {
      charset = null;
    }
    return true;
  }

  /** Copies all elements of other into this data set, replacing elements with the same tag (deep copy of items). */
  public void addAll(Attributes other) {
    update(UpdatePolicy.OVERWRITE, other);
  }

  /**
   * Copies elements of other according to the policy (sequences are copied item by item). If the two data sets use
   * different character sets, text values are decoded, and this data set takes other's character set if it was empty,
   * UTF-8 (ISO_IR 192) otherwise, so that no character is lost.
   */
  public void update(UpdatePolicy policy, Attributes other) {
    new DatasetUpdate(policy).apply(this, other);
    charset = null;
  }

  /** Replaces the value of the i-th element (same tag and VR). */
  void replaceValueAt(int i, Object value) {
    values[i] = value;
  }

  /** The character set of this data set, inherited from the parent data set when an item has none. */
  public SpecificCharacterSet getSpecificCharacterSet() {
    if (charset != null) {
      return charset;
    }
    int i = indexOf(Tag.SpecificCharacterSet);
    if (i < 0) { // inherited: not cached, the parent's set may change
      return parent != null ? parent.getSpecificCharacterSet() : SpecificCharacterSet.DEFAULT;
    }
    Object v = values[i];
    String[] codes = v instanceof String[] s ? s
        : v instanceof byte[] b ? ValueCodec.decodeStrings(b, VR.CS, SpecificCharacterSet.DEFAULT) : null;
    charset = SpecificCharacterSet.valueOf(codes);
    return charset;
  }

  /** Tags in ascending (unsigned) order. */
  public int[] tags() {
    return Arrays.copyOf(tags, size);
  }

  /** Visits the elements in tag order. */
  public void accept(Visitor v) {
    for (int k = 0; k < size; k++) {
      v.visit(this, tags[k], vrs[k], values[k]);
    }
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int k = 0; k < size && k < 50; k++) {
      sb.append(Tag.toString(tags[k])).append(' ').append(vrs[k]).append(' ');
      Object v = values[k];
      sb.append(v instanceof Sequence s ? "SQ[" + s.size() + " items]" : String.join("\\", stringsAt(k))).append('\n');
    }
    return sb.toString();
  }
}
