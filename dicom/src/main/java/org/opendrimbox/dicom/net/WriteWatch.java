package org.opendrimbox.dicom.net;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.TimeUnit;

/** Socket output that records since when a write is blocked, so the reader can abort a peer that stopped reading. */
final class WriteWatch extends FilterOutputStream {
  private volatile long since;

  WriteWatch(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    since = System.nanoTime();
    try {
      out.write(b, off, len);
    } finally {
      since = 0;
    }
  }

  /** Milliseconds the current write has been blocked, 0 if none is in progress. */
  long stalledMillis(long now) {
    long s = since;
    return s == 0 ? 0 : TimeUnit.NANOSECONDS.toMillis(now - s);
  }
}
