package org.opendrimbox.dicom.data;

/** Copies elements between data sets for {@link Attributes#update}, keeping text correct across character sets. */
final class DatasetUpdate {

  private final UpdatePolicy policy;

  DatasetUpdate(UpdatePolicy policy) {
    this.policy = policy;
  }

  void apply(Attributes target, Attributes source) {
    boolean same = source.getSpecificCharacterSet().equals(target.getSpecificCharacterSet());
    boolean wasEmpty = target.isEmpty();
    if (!same) {
      decodeText(target);
    }
    copy(target, source, policy, !same);
    if (!same) {
      Object theirs = source.getValue(Tag.SpecificCharacterSet);
      target.setValue(Tag.SpecificCharacterSet, VR.CS,
          wasEmpty && theirs != null ? theirs : new String[] {"ISO_IR 192"});
    }
  }

  private static void copy(Attributes target, Attributes source, UpdatePolicy policy, boolean decode) {
    for (int k = 0; k < source.size(); k++) {
      int tag = source.tagAt(k);
      if (tag == Tag.SpecificCharacterSet || target.contains(tag) && (policy == UpdatePolicy.SUPPLEMENT
          || policy == UpdatePolicy.MERGE && !isEmpty(target.getValue(tag), target.getStrings(tag)))) {
        continue;
      }
      VR vr = source.vrAt(k);
      Object v = source.valueAt(k);
      if (v instanceof Sequence s) {
        Sequence seq = target.newSequence(tag, s.size());
        for (Attributes item : s) {
          Attributes c = new Attributes(item.size());
          seq.add(c);
          copy(c, item, UpdatePolicy.OVERWRITE, decode || item.contains(Tag.SpecificCharacterSet));
        }
      } else if (decode && vr.usesCharacterSet() && v instanceof byte[]) {
        target.setValue(tag, vr, source.stringsAt(k));
      } else {
        target.setValue(tag, vr, v);
      }
    }
  }

  private static boolean isEmpty(Object v, String[] strings) {
    return v == null || v instanceof byte[] b && b.length == 0 || v instanceof Sequence s && s.isEmpty()
        || v instanceof String[] && strings.length == 0;
  }

  /** Replaces encoded text values (here and in items without their own character set) by decoded strings. */
  private static void decodeText(Attributes attrs) {
    for (int k = 0; k < attrs.size(); k++) {
      Object v = attrs.valueAt(k);
      if (attrs.vrAt(k).usesCharacterSet() && v instanceof byte[]) {
        attrs.replaceValueAt(k, attrs.stringsAt(k));
      } else if (v instanceof Sequence s) {
        for (Attributes item : s) {
          if (!item.contains(Tag.SpecificCharacterSet)) {
            decodeText(item);
          }
        }
      }
    }
  }
}
