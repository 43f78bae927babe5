package org.opendrimbox.dicom.io;

import java.io.IOException;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.BulkData;
import org.opendrimbox.dicom.data.Fragments;
import org.opendrimbox.dicom.data.Sequence;

/** The default {@link DicomInputHandler}: builds {@link Attributes}, honouring the stream's {@link BulkDataMode}. */
final class DefaultHandler implements DicomInputHandler {

  @Override
  public void readValue(DicomInputStream in, Attributes attrs) throws IOException {
    int tag = in.tag();
    long length = in.length();
    BulkDataMode mode = in.getBulkDataMode();
    if (in.isSequence()) {
      in.readSequence(attrs.newSequence(tag, 4));
    } else if (length == -1) {
      if (mode == BulkDataMode.SKIP) {
        in.readFragments(null);
      } else {
        Fragments frags = new Fragments(in.vr(), 8);
        attrs.setValue(tag, in.vr(), frags);
        in.readFragments(frags);
      }
    } else if (mode != BulkDataMode.INLINE && in.isBulkData()) {
      if (mode == BulkDataMode.URI && in.offsetsValid) {
        attrs.setValue(tag, in.vr(), new BulkData(in.bulkDataUri, in.bulkDataOffset(), length));
        in.skipValue();
      } else if (mode == BulkDataMode.SKIP) {
        in.skipValue();
      } else {
        attrs.setValue(tag, in.vr(), in.readValue());
      }
    } else {
      attrs.setValue(tag, in.vr(), in.readValue());
    }
  }

  @Override
  public void readValue(DicomInputStream in, Sequence seq) throws IOException {
    Attributes item = new Attributes();
    seq.add(item);
    in.readItem(item);
  }

  @Override
  public void readValue(DicomInputStream in, Fragments frags) throws IOException {
    if (frags == null) {
      in.skipValue();
    } else if (in.getBulkDataMode() == BulkDataMode.URI && in.offsetsValid && in.length() > 0) {
      frags.add(new BulkData(in.bulkDataUri, in.bulkDataOffset(), in.length()));
      in.skipValue();
    } else {
      frags.add(in.readValue());
    }
  }
}
