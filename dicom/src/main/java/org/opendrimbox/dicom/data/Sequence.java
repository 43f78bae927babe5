package org.opendrimbox.dicom.data;

import java.util.AbstractList;
import java.util.ArrayList;

/** Items of a sequence (SQ) element; each item is a nested data set whose parent is the sequence's data set. */
public final class Sequence extends AbstractList<Attributes> {

  private final Attributes parent;
  private final int tag;
  private final ArrayList<Attributes> items;

  Sequence(Attributes parent, int tag, int initialCapacity) {
    this.parent = parent;
    this.tag = tag;
    this.items = new ArrayList<>(initialCapacity);
  }

  /** The data set holding this sequence. */
  public Attributes parent() {
    return parent;
  }

  public int tag() {
    return tag;
  }

  @Override
  public Attributes get(int index) {
    return items.get(index);
  }

  @Override
  public int size() {
    return items.size();
  }

  @Override
  public void add(int index, Attributes item) {
    item.setParent(parent);
    items.add(index, item);
  }

  @Override
  public Attributes set(int index, Attributes item) {
    item.setParent(parent);
    return items.set(index, item);
  }

  @Override
  public Attributes remove(int index) {
    return items.remove(index);
  }
}
