package org.opendrimbox.source;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Appends a byte range of a file to a response after what was written to its stream so far. The protocol adapter
 * supplies one that hands the bytes to its container without copying them through the heap; {@link #copying} is the
 * portable one.
 */
public interface FileRegionWriter {

  /** Block size of {@link #copying} (a WADO-RS instance's pixel data usually fits in one). */
  int BLOCK = 256 * 1024;

  /** Writes count bytes of file from position (end of file earlier: {@link java.io.EOFException}). */
  void write(FileChannel file, long position, long count) throws IOException;

  /** Copies the range into out in blocks of {@link #BLOCK} bytes. */
  static FileRegionWriter copying(OutputStream out) {
    ByteBuffer block = ByteBuffer.allocate(BLOCK); // one per response, not per range
    return (file, position, count) -> {
      for (long done = 0; done < count; ) {
        block.clear().limit((int) Math.min(block.capacity(), count - done));
        readFully(file, block, position + done);
        out.write(block.array(), 0, block.limit());
        done += block.limit();
      }
    };
  }

  /** Fills the remaining space of block from file at position. */
  static void readFully(FileChannel file, ByteBuffer block, long position) throws IOException {
    long at = position;
    while (block.hasRemaining()) {
      int n = file.read(block, at);
      if (n < 0) {
        throw new java.io.EOFException("file ends before offset " + (at + block.remaining()));
      }
      at += n;
    }
  }
}
