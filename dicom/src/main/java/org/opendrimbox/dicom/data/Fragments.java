package org.opendrimbox.dicom.data;

import java.util.AbstractList;
import java.util.ArrayList;

/**
 * Encapsulated value (e.g. compressed Pixel Data): the items of an undefined-length OB element, kept untouched.
 * Each fragment is a {@code byte[]} or a {@link BulkData}; the first one is the Basic Offset Table.
 */
public final class Fragments extends AbstractList<Object> {

  private final VR vr;
  private final ArrayList<Object> items;

  public Fragments(VR vr, int initialCapacity) {
    this.vr = vr;
    this.items = new ArrayList<>(initialCapacity);
  }

  public VR vr() {
    return vr;
  }

  @Override
  public Object get(int index) {
    return items.get(index);
  }

  @Override
  public int size() {
    return items.size();
  }

  @Override
  public void add(int index, Object fragment) {
    items.add(index, check(fragment));
  }

  @Override
  public Object set(int index, Object fragment) {
    return items.set(index, check(fragment));
  }

  @Override
  public Object remove(int index) {
    return items.remove(index);
  }

  private static Object check(Object f) {
    if (f == null) {
      return new byte[0];
    }
    if (!(f instanceof byte[]) && !(f instanceof BulkData)) {
      throw new IllegalArgumentException("fragment must be byte[] or BulkData: " + f.getClass());
    }
    return f;
  }
}
