package org.opendrimbox.dicom.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.BulkData;
import org.opendrimbox.dicom.data.Fragments;
import org.opendrimbox.dicom.data.Tag;

/**
 * Locates the bytes of one frame in a Part 10 file without reading the pixel data (WADO-RS frame retrieval): a range
 * of native pixel data, or the fragment(s) of an encapsulated frame, found one per fragment or by the Basic (or
 * Extended) Offset Table.
 */
public final class Frames {

  private Frames() {}

  /** Byte ranges (in file order) holding frame {@code frame} (1-based) of a Part 10 file. */
  public static List<BulkData> locate(Path file, int frame) throws IOException {
    Attributes attrs;
    try (InputStream in = Files.newInputStream(file);
        DicomInputStream dis = new DicomInputStream(in)) {
      attrs = dis.withBulkData(BulkDataMode.URI).withBulkDataUri(file.toUri().toString()).readDataset();
      if (!dis.offsetsValid) {
        throw new DicomStreamException("frames of a deflated file cannot be located by offset");
      }
    }
    return locate(attrs, frame);
  }

  /** Byte ranges holding frame {@code frame} (1-based) of a data set read with {@link BulkDataMode#URI}. */
  public static List<BulkData> locate(Attributes attrs, int frame) throws IOException {
    int frames = attrs.getInt(Tag.NumberOfFrames, 1);
    if (frame < 1 || frame > frames) {
      throw new DicomStreamException("no frame " + frame + " (the instance has " + frames + ")");
    }
    Object pixels = attrs.getValue(Tag.PixelData);
    if (pixels instanceof BulkData bd) {
      return List.of(nativeFrame(attrs, bd, frame));
    }
    if (pixels instanceof Fragments f) {
      return encapsulatedFrame(f, attrs.getValue(Tag.ExtendedOffsetTable), frames, frame);
    }
    throw new DicomStreamException("no pixel data held by reference");
  }

  private static BulkData nativeFrame(Attributes attrs, BulkData bd, int frame) throws DicomStreamException {
    long bits = (long) attrs.getInt(Tag.Rows, 0) * attrs.getInt(Tag.Columns, 0)
        * attrs.getInt(Tag.SamplesPerPixel, 1) * attrs.getInt(Tag.BitsAllocated, 0);
    if (bits <= 0 || bits % 8 != 0) {
      throw new DicomStreamException("cannot compute the frame size (" + bits + " bits per frame)");
    }
    long size = bits / 8;
    long offset = (frame - 1) * size;
    if (offset + size > bd.length()) {
      throw new DicomStreamException("frame " + frame + " lies beyond the pixel data (" + bd.length() + " bytes)");
    }
    return new BulkData(bd.uri(), bd.offset() + offset, size);
  }

  private static List<BulkData> encapsulatedFrame(Fragments f, Object extended, int frames, int frame)
      throws IOException {
    List<BulkData> items = new ArrayList<>();
    for (int i = 1; i < f.size(); i++) {
      Object item = f.get(i);
      if (item instanceof BulkData bd) {
        items.add(bd);
      } else if (item instanceof byte[] b && b.length == 0) {
        items.add(new BulkData(null, 0, 0)); // empty fragment: no bytes to send, but it takes an item header
      } else {
        throw new DicomStreamException("fragment " + i + " is not held by reference");
      }
    }
    if (frames == 1) {
      return items.stream().filter(bd -> bd.length() > 0).toList();
    }
    if (items.size() == frames) {
      return List.of(items.get(frame - 1));
    }
    long[] table = offsets(f.get(0), 4);
    if (table.length != frames && extended != null) {
      table = offsets(extended, 8); // Extended Offset Table (7FE0,0001): same origin, 64-bit offsets
    }
    if (table.length != frames) {
      throw new DicomStreamException("cannot locate frame " + frame + ": " + items.size() + " fragments for "
          + frames + " frames and no Basic or Extended Offset Table");
    }
    long start = table[frame - 1];
    long end = frame < frames ? table[frame] : Long.MAX_VALUE;
    List<BulkData> out = new ArrayList<>();
    long pos = 0; // offset of each item header from the first item after the offset table
    for (BulkData bd : items) {
      if (pos >= start && pos < end && bd.length() > 0) {
        out.add(bd);
      }
      pos += 8 + bd.length();
    }
    if (out.isEmpty()) {
      throw new DicomStreamException("Basic Offset Table does not match the fragments for frame " + frame);
    }
    return out;
  }

  /** Little-endian unsigned offsets of the given width from a byte[] or BulkData value. */
  private static long[] offsets(Object first, int width) throws IOException {
    byte[] b;
    if (first instanceof BulkData bd) {
      if (bd.length() > 4L * 1024 * 1024) {
        throw new DicomStreamException("offset table too long: " + bd.length());
      }
      try (InputStream in = bd.openStream()) {
        b = in.readAllBytes();
      }
    } else {
      b = (byte[]) first;
    }
    long[] table = new long[b.length / width];
    for (int i = 0; i < table.length; i++) {
      for (int k = width - 1; k >= 0; k--) {
        table[i] = table[i] << 8 | (b[width * i + k] & 0xFFL);
      }
    }
    return table;
  }
}
