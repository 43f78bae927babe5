package org.opendrimbox.dicom.net;

import java.io.IOException;
import java.io.InputStream;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.io.DicomInputStream;
import org.opendrimbox.dicom.io.DicomOutputStream;

/** Reads and writes small DIMSE data sets (identifiers, responses) in a negotiated transfer syntax. */
public final class Datasets {
  /** Largest single value accepted in a DIMSE data set read into memory (identifiers are small). */
  static final long ALLOCATION_LIMIT = 64L << 20;

  /** Write buffer of a DIMSE data set: identifiers and responses are a few hundred bytes. */
  static final int WRITE_BUFFER = 4096;

  private Datasets() {
  }

  /** Reads the whole data set of an incoming message. */
  public static Attributes read(PDVInputStream in) throws IOException {
    return read(in, in.transferSyntax());
  }

  static Attributes read(InputStream in, String transferSyntax) throws IOException {
    DicomInputStream dis = new DicomInputStream(in, transferSyntax).withAllocationLimit(ALLOCATION_LIMIT);
    return dis.readDataset();
  }

  /** A writer encoding {@code attrs} in the negotiated transfer syntax. */
  public static DataWriter writer(Attributes attrs) {
    return (out, ts) -> {
      DicomOutputStream dos = new DicomOutputStream(out, ts, WRITE_BUFFER);
      dos.writeDataset(attrs);
      dos.flush();
    };
  }
}
