package org.opendrimbox.dicomweb;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Optional;
import org.opendrimbox.source.FileRegionWriter;

/**
 * The WADO-RS part stream over a servlet container's output stream that takes NIO buffers (Undertow's public
 * {@code write(ByteBuffer)}, looked up by reflection so that no container type is compiled in): part headers, the
 * rewritten DICOM header and the file ranges that follow it are gathered in one direct buffer, the file ranges read
 * into it straight from the file, and handed to the container in one write per part. Compared with writing byte arrays,
 * this saves two copies of every pixel byte (file to heap, heap to the container's own buffer) and most socket writes.
 * {@link #flush()} sends what is gathered (one instance is never held back waiting for the next), unless the
 * instances are all at hand (a cached study): then parts are gathered until the buffer is full, and {@link #close()}
 * sends the rest.
 */
final class DirectPartStream extends OutputStream implements FileRegionWriter {

  /** Direct buffer per worker thread, reused across requests: a typical CT/MR part fits in one write. */
  static final int SIZE = 512 * 1024;
  private static final ThreadLocal<ByteBuffer> BUFFERS = ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(SIZE));

  private final OutputStream container;
  private final Method writeBuffer;
  private final ByteBuffer buffer;
  private final boolean gather;

  private DirectPartStream(OutputStream container, Method writeBuffer, boolean gather) {
    this.container = container;
    this.writeBuffer = writeBuffer;
    this.gather = gather;
    this.buffer = BUFFERS.get().clear();
  }

  /** The direct stream over container, or empty if container does not take NIO buffers. */
  static Optional<DirectPartStream> over(OutputStream container) {
    return over(container, false);
  }

  /**
   * The direct stream over container, or empty if container does not take NIO buffers; gather: flushes are left to
   * {@link #close()} (all instances at hand, none to wait for).
   */
  static Optional<DirectPartStream> over(OutputStream container, boolean gather) {
    try {
      Method write = container.getClass().getMethod("write", ByteBuffer.class);
      return Optional.of(new DirectPartStream(container, write, gather));
    } catch (NoSuchMethodException | SecurityException e) {
      return Optional.empty();
    }
  }

  @Override
  public void write(int b) throws IOException {
    if (!buffer.hasRemaining()) {
      drain();
    }
    buffer.put((byte) b);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    while (len > 0) {
      if (!buffer.hasRemaining()) {
        drain();
      }
      int n = Math.min(len, buffer.remaining());
      buffer.put(b, off, n);
      off += n;
      len -= n;
    }
  }

  @Override
  public void write(FileChannel file, long position, long count) throws IOException {
    long at = position;
    long end = position + count;
    while (at < end) {
      if (!buffer.hasRemaining()) {
        drain();
      }
      int limit = buffer.limit();
      buffer.limit((int) Math.min(limit, buffer.position() + (end - at)));
      try {
        int before = buffer.position();
        FileRegionWriter.readFully(file, buffer, at);
        at += buffer.position() - before;
      } finally {
        buffer.limit(limit);
      }
    }
  }

  @Override
  public void flush() throws IOException {
    if (!gather) {
      drain();
      container.flush();
    }
  }

  @Override
  public void close() throws IOException {
    drain();
    container.flush();
  }

  /** Hands what is gathered to the container (which writes it to the socket, or copies it if it is small). */
  private void drain() throws IOException {
    if (buffer.position() == 0) {
      return;
    }
    buffer.flip();
    try {
      writeBuffer.invoke(container, buffer);
    } catch (IllegalAccessException e) {
      throw new IOException("container stream refused a buffer write", e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new InterruptedIOException(String.valueOf(cause));
    } finally {
      buffer.clear();
    }
  }
}
