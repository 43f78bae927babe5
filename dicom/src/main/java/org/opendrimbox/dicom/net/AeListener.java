package org.opendrimbox.dicom.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.opendrimbox.dicom.net.service.DicomServiceRegistry;

/** A bound server socket accepting associations for one local AE; each connection is served on the device executor. */
public final class AeListener implements AutoCloseable {
  private final Device device;
  private final LocalAe ae;
  private final ServerSocket serverSocket;
  private final DicomServiceRegistry services;
  private volatile boolean closed;

  AeListener(Device device, LocalAe ae, ServerSocket serverSocket, DicomServiceRegistry services) {
    this.device = device;
    this.ae = ae;
    this.serverSocket = serverSocket;
    this.services = services;
  }

  void acceptLoop() {
    while (!closed) {
      Socket s;
      try {
        s = serverSocket.accept();
      } catch (IOException e) {
        if (!closed) {
          Association.LOG.log(System.Logger.Level.WARNING, "{0}: accept failed: {1}", ae.aeTitle(), e.toString());
          close();
        }
        return;
      }
      try {
        device.executor().execute(() -> device.accept(s, ae, services));
      } catch (RuntimeException e) {
        Association.LOG.log(System.Logger.Level.WARNING, "{0}: executor refused a connection: {1}", ae.aeTitle(), e);
        try {
          s.close();
        } catch (IOException ignored) {
          // nothing more to do
        }
      }
    }
  }

  /** True while the socket is bound and accepting. */
  public boolean isListening() {
    return !closed && serverSocket.isBound() && !serverSocket.isClosed();
  }

  public LocalAe ae() {
    return ae;
  }

  /** The bound port (useful after binding port 0). */
  public int port() {
    return serverSocket.getLocalPort();
  }

  public InetSocketAddress address() {
    return (InetSocketAddress) serverSocket.getLocalSocketAddress();
  }

  /** Stops accepting; associations already open continue. */
  @Override
  public void close() {
    closed = true;
    try {
      serverSocket.close();
    } catch (IOException ignored) {
      // nothing more to do
    }
    device.removeListener(this);
  }
}
