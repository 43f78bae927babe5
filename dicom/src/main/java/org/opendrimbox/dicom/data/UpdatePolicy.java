package org.opendrimbox.dicom.data;

/** How {@link Attributes#update(UpdatePolicy, Attributes)} treats elements already present in the target. */
public enum UpdatePolicy {
  /** Add only elements the target does not have. */
  SUPPLEMENT,
  /** Add missing elements and replace elements whose value is empty. */
  MERGE,
  /** Add or replace every element of the source. */
  OVERWRITE
}
