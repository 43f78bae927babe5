package org.opendrimbox.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A RIS as the box sees it: sends HL7 v2 messages over MLLP and reads each ACK. */
public final class MllpClient implements AutoCloseable {

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  public MllpClient(int port) {
    try {
      socket = new Socket("127.0.0.1", port);
      socket.setSoTimeout(60_000);
      socket.setTcpNoDelay(true);
      in = socket.getInputStream();
      out = socket.getOutputStream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends one message (bytes as in the file) and returns the ACK as text (segments separated by CR). */
  public String send(byte[] message) {
    try {
      out.write(0x0b);
      out.write(message);
      out.write(new byte[] {0x1c, 0x0d});
      out.flush();
      var ack = new ByteArrayOutputStream();
      int b = in.read();
      if (b != 0x0b) {
        throw new IOException("no MLLP start block in the answer: " + b);
      }
      while ((b = in.read()) != 0x1c) {
        if (b < 0) {
          throw new IOException("connection closed inside an ACK");
        }
        ack.write(b);
      }
      in.read(); // CR
      return ack.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** MSA-1 of an ACK. */
  public static String ackCode(String ack) {
    for (String segment : ack.split("\r")) {
      if (segment.startsWith("MSA|")) {
        return segment.split("\\|")[1];
      }
    }
    throw new AssertionError("no MSA segment in " + ack);
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
  }
}
