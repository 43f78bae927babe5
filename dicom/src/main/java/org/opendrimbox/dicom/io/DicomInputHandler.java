package org.opendrimbox.dicom.io;

import java.io.IOException;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Fragments;
import org.opendrimbox.dicom.data.Sequence;

/**
 * Push-style callbacks of {@link DicomInputStream}: called after each element, item or fragment header has been read
 * ({@link DicomInputStream#tag()}, {@link DicomInputStream#vr()}, {@link DicomInputStream#length()} describe it). An
 * implementation must consume the value, e.g. with {@link DicomInputStream#readValue()},
 * {@link DicomInputStream#skipValue()}, {@link DicomInputStream#copyValueTo}, {@link DicomInputStream#readSequence},
 * {@link DicomInputStream#readItem} or {@link DicomInputStream#readFragments}; or delegate to the stream's default.
 */
public interface DicomInputHandler {

  /** An element header of the data set attrs was read. */
  void readValue(DicomInputStream in, Attributes attrs) throws IOException;

  /** An item header of sequence seq was read. */
  void readValue(DicomInputStream in, Sequence seq) throws IOException;

  /** A fragment item header of an encapsulated value was read. */
  void readValue(DicomInputStream in, Fragments frags) throws IOException;

  /** Called before the first element of the top-level data set. */
  default void startDataset(DicomInputStream in) throws IOException {}

  /** Called after the top-level data set ended (EOF or stop tag). */
  default void endDataset(DicomInputStream in) throws IOException {}
}
