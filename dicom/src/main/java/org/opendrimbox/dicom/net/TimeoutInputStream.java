package org.opendrimbox.dicom.net;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;

/**
 * Socket input whose reads wake up every socket-timeout tick to let the association check its timeouts; the read is
 * retried when none expired, so no byte is lost. Records the time of the last received byte.
 */
final class TimeoutInputStream extends FilterInputStream {
  /** Called on each tick; throws when a timeout expired. */
  interface Clock {
    void touch();

    void tick() throws IOException;
  }

  private final Clock clock;

  TimeoutInputStream(InputStream in, Clock clock) {
    super(in);
    this.clock = clock;
  }

  @Override
  public int read() throws IOException {
    while (true) {
      try {
        int b = in.read();
        clock.touch();
        return b;
      } catch (SocketTimeoutException e) {
        clock.tick();
      }
    }
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    while (true) {
      try {
        int n = in.read(b, off, len);
        clock.touch();
        return n;
      } catch (SocketTimeoutException e) {
        clock.tick();
      }
    }
  }
}
