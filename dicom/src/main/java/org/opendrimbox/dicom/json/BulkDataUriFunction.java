package org.opendrimbox.dicom.json;

import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.VR;

/** Decides the BulkDataURI of a binary element when writing DICOM JSON; null means InlineBinary. */
@FunctionalInterface
public interface BulkDataUriFunction {

  /** Return value that writes the element without a value (only its vr), e.g. for QIDO-RS responses. */
  String OMIT = "";

  /**
   * @param attrs the data set holding the element (an item for nested elements)
   * @param tag the element's tag
   * @param vr its VR
   * @param value byte[], BulkData or Fragments
   * @return the URI to write as BulkDataURI, {@link #OMIT} for no value, or null to write the value inline
   *     (Fragments are then omitted)
   */
  String uriOf(Attributes attrs, int tag, VR vr, Object value);
}
