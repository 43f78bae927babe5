package org.opendrimbox.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.BulkData;
import org.opendrimbox.dicom.data.Fragments;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.io.BulkDataMode;
import org.opendrimbox.dicom.io.DicomInputStream;

/**
 * Reads single frames of a cached instance without loading its pixel data: native pixel data by byte range
 * (frame size = rows x columns x samples x bits allocated / 8), encapsulated pixel data by fragment (one frame per
 * fragment when the counts match, all fragments for a single-frame object).
 */
public final class FrameExtractor {

  private final Attributes attrs;
  private final int frames;

  public FrameExtractor(CachedInstance instance) throws IOException {
    try (InputStream in = instance.open(); DicomInputStream dis = new DicomInputStream(in)) {
      dis.withBulkData(BulkDataMode.URI).withBulkDataUri(instance.uri(), instance.offset());
      dis.readFileMetaInformation();
      attrs = dis.readDataset();
    }
    if (!attrs.contains(Tag.PixelData)) {
      throw new SourceException(SourceException.Reason.BAD_REQUEST, "the instance has no pixel data");
    }
    frames = Math.max(1, attrs.getInt(Tag.NumberOfFrames, 1));
  }

  public int numberOfFrames() {
    return frames;
  }

  /** Parses a frame list ({@code 1,3,5}); BAD_REQUEST if malformed, NOT_FOUND if a number is out of range. */
  public List<Integer> checkFrameList(String list) {
    List<Integer> out = new java.util.ArrayList<>();
    for (String s : list.split(",")) {
      int n;
      try {
        n = Integer.parseInt(s.strip());
      } catch (NumberFormatException e) {
        throw new SourceException(SourceException.Reason.BAD_REQUEST, "invalid frame number '" + s + "'");
      }
      if (n < 1 || n > frames) {
        throw new SourceException(SourceException.Reason.NOT_FOUND, "frame " + n + " out of range 1-" + frames);
      }
      out.add(n);
    }
    return out;
  }

  /** Copies frame n (1-based) to out. */
  public void writeFrame(int n, OutputStream out) throws IOException {
    Object value = attrs.getValue(Tag.PixelData);
    if (value instanceof BulkData bd) {
      long frameLength = (long) attrs.getInt(Tag.Rows, 0) * attrs.getInt(Tag.Columns, 0)
          * attrs.getInt(Tag.SamplesPerPixel, 1) * (attrs.getInt(Tag.BitsAllocated, 8) / 8);
      if (frameLength <= 0 || frameLength * frames > bd.length()) {
        frameLength = bd.length() / frames;
      }
      copy(new BulkData(bd.uri(), bd.offset() + (n - 1) * frameLength, frameLength), out);
    } else if (value instanceof byte[] b) {
      int len = b.length / frames;
      out.write(b, (n - 1) * len, len);
    } else if (value instanceof Fragments f) {
      int count = f.size() - 1; // item 0 is the Basic Offset Table
      if (frames == 1) {
        for (int i = 1; i <= count; i++) {
          copy(f.get(i), out);
        }
      } else if (count == frames) {
        copy(f.get(n), out);
      } else {
        throw new SourceException(SourceException.Reason.NOT_ACCEPTABLE,
            "multi-frame pixel data with several fragments per frame: retrieve the instance instead");
      }
    } else {
      throw new SourceException(SourceException.Reason.BAD_REQUEST, "the instance has no readable pixel data");
    }
  }

  private static void copy(Object fragment, OutputStream out) throws IOException {
    if (fragment instanceof byte[] b) {
      out.write(b);
    } else if (fragment instanceof BulkData bd) {
      try (InputStream in = bd.openStream()) {
        in.transferTo(out);
      }
    }
  }

  /** Copies the value of a top-level element other than the pixel data (a BulkDataURI target) to out. */
  public void writeElement(int tag, OutputStream out) throws IOException {
    Object value = attrs.getValue(tag);
    if (value == null || value instanceof Fragments || value instanceof org.opendrimbox.dicom.data.Sequence) {
      throw new SourceException(SourceException.Reason.NOT_FOUND, "no bulk data element " + Tag.toString(tag));
    }
    if (value instanceof String str) {
      out.write(str.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    } else {
      copy(value, out);
    }
  }
}
