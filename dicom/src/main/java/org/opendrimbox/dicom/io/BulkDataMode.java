package org.opendrimbox.dicom.io;

/** What {@link DicomInputStream} does with bulk data values (pixel data, large OB/OW/UN...). */
public enum BulkDataMode {
  /** Read the value into memory (byte[] or Fragments of byte[]). */
  INLINE,
  /** Keep a {@link org.opendrimbox.dicom.data.BulkData} reference (source URI, offset, length); skip the bytes. */
  URI,
  /** Skip the bytes and leave the element out of the data set. */
  SKIP
}
