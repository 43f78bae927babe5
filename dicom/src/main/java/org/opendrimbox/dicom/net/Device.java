package org.opendrimbox.dicom.net;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.opendrimbox.dicom.net.pdu.AAbort;
import org.opendrimbox.dicom.net.pdu.AAssociateRQ;
import org.opendrimbox.dicom.net.pdu.PduDecoder;
import org.opendrimbox.dicom.net.pdu.PduEncoder;
import org.opendrimbox.dicom.net.pdu.PduType;
import org.opendrimbox.dicom.net.service.DicomServiceRegistry;

/**
 * Entry point of the networking API: opens outgoing associations and listens for incoming ones, running every reader
 * and accept loop on the {@link Executor} given at construction (in a container, its managed executor service).
 * {@link #close()} stops the listeners and aborts the associations still open.
 */
public final class Device implements AutoCloseable {
  private final String name;
  private final ConnectionSettings settings;
  private final Executor executor;
  private final ExecutorService ownExecutor;
  private final Set<Association> associations = ConcurrentHashMap.newKeySet();
  private final Set<AeListener> listeners = ConcurrentHashMap.newKeySet();

  public Device(String name, ConnectionSettings settings, Executor executor) {
    this(name, settings, executor, null);
  }

  private Device(String name, ConnectionSettings settings, Executor executor, ExecutorService own) {
    this.name = name;
    this.settings = settings;
    this.executor = executor;
    this.ownExecutor = own;
  }

  /** A device with its own cached pool of daemon threads, shut down by {@link #close()} (command line use). */
  public static Device withOwnExecutor(String name, ConnectionSettings settings) {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    return new Device(name, settings, pool, pool);
  }

  public String name() {
    return name;
  }

  public ConnectionSettings settings() {
    return settings;
  }

  public Executor executor() {
    return executor;
  }

  /**
   * Opens an association; {@code services} (may be null) handles requests the peer sends on it, e.g. the C-STORE
   * sub-operations of a C-GET.
   */
  public Association connect(RemoteAe remote, AAssociateRQ rq, DicomServiceRegistry services) throws IOException {
    Socket socket = openSocket(remote);
    Association as;
    try {
      as = new Association(socket, true, settings);
      as.writeControl(PduEncoder.encode(rq));
      int type = as.pduIn.readControlPdu();
      byte[] body = as.pduIn.controlBody;
      switch (type) {
        case PduType.A_ASSOCIATE_AC -> as.established(rq, PduDecoder.decodeAC(body), services);
        case PduType.A_ASSOCIATE_RJ -> throw new AAssociateRJException(PduDecoder.decodeRJ(body));
        case PduType.A_ABORT -> throw new AAbortException(PduDecoder.decodeAbort(body), "association request aborted");
        default -> throw new org.opendrimbox.dicom.net.pdu.PduFormatException(AAbort.REASON_UNEXPECTED_PDU,
            "unexpected " + PduType.name(type) + " in answer to A-ASSOCIATE-RQ");
      }
    } catch (AAssociateRJException | AAbortException e) {
      socket.close();
      throw e;
    } catch (IOException | RuntimeException e) {
      try {
        socket.getOutputStream().write(PduEncoder.encode(new AAbort(AAbort.SOURCE_PROVIDER, 0)));
      } catch (IOException ignored) {
        // best effort
      }
      socket.close();
      throw e;
    }
    track(as);
    executor.execute(() -> AssociationReader.run(as));
    return as;
  }

  /** Opens an association built by {@code request}, offering the configured max PDU length. */
  public Association connect(RemoteAe remote, AssociationRequest request, DicomServiceRegistry services)
      throws IOException {
    return connect(remote, request.build(settings.maxPduLength()), services);
  }

  /** Binds {@code host:port} (port 0 = any free port) and accepts associations for {@code ae}. */
  public AeListener listen(LocalAe ae, String host, int port, DicomServiceRegistry services) throws IOException {
    ServerSocket ss = settings.tls() != null ? settings.tls().getServerSocketFactory().createServerSocket()
        : new ServerSocket();
    try {
      ss.setReuseAddress(true);
      ss.setReceiveBufferSize(settings.socketBufferSize());
      if (ss instanceof SSLServerSocket ssl) {
        ssl.setNeedClientAuth(settings.tlsNeedClientAuth());
      }
      ss.bind(new InetSocketAddress(host, port), 50);
    } catch (IOException e) {
      ss.close();
      throw e;
    }
    AeListener l = new AeListener(this, ae, ss, services);
    listeners.add(l);
    executor.execute(l::acceptLoop);
    return l;
  }

  void removeListener(AeListener l) {
    listeners.remove(l);
  }

  /** Handles one accepted connection on the calling (executor) thread until the association ends. */
  void accept(Socket socket, LocalAe ae, DicomServiceRegistry services) {
    Association as = null;
    try {
      configure(socket);
      if (socket instanceof SSLSocket ssl) {
        ssl.setSoTimeout(Math.max(1, settings.acceptTimeout()));
        ssl.startHandshake();
      }
      as = new Association(socket, false, settings);
      if (as.pduIn.readControlPdu() != PduType.A_ASSOCIATE_RQ) {
        throw new org.opendrimbox.dicom.net.pdu.PduFormatException(AAbort.REASON_UNEXPECTED_PDU,
            "expected A-ASSOCIATE-RQ");
      }
      AAssociateRQ rq = PduDecoder.decodeRQ(as.pduIn.controlBody);
      Object answer = Negotiation.answer(ae, settings, rq);
      if (answer instanceof org.opendrimbox.dicom.net.pdu.AAssociateRJ rj) {
        Association.LOG.log(System.Logger.Level.INFO, "{0}: rejecting {1}->{2}: {3}", ae.aeTitle(), rq.callingAet(),
            rq.calledAet(), rj);
        as.writeControl(PduEncoder.encode(rj));
        as.close(new AAssociateRJException(rj));
        return;
      }
      as.established(rq, (org.opendrimbox.dicom.net.pdu.AAssociateAC) answer, services);
      track(as);
      as.sendAC((org.opendrimbox.dicom.net.pdu.AAssociateAC) answer);
      AssociationReader.run(as);
    } catch (org.opendrimbox.dicom.net.pdu.PduFormatException e) {
      Association.LOG.log(System.Logger.Level.WARNING, "{0}: bad association request: {1}", socket, e.getMessage());
      abortQuietly(as, socket, e.abortReason(), e);
    } catch (IOException | RuntimeException e) {
      Association.LOG.log(System.Logger.Level.DEBUG, "{0}: association failed: {1}", socket, e.toString());
      abortQuietly(as, socket, AAbort.REASON_NOT_SPECIFIED, e instanceof IOException io ? io : new IOException(e));
    }
  }

  private static void abortQuietly(Association as, Socket socket, int reason, IOException cause) {
    if (as != null) {
      as.abort(AAbort.SOURCE_PROVIDER, reason, cause);
      return;
    }
    try {
      socket.close();
    } catch (IOException ignored) {
      // nothing more to do
    }
  }

  private void track(Association as) {
    as.attach(this);
    associations.add(as);
    as.onClosed(() -> associations.remove(as));
    if (as.isClosed()) {
      associations.remove(as);
    }
  }

  private Socket openSocket(RemoteAe remote) throws IOException {
    Socket s = new Socket();
    try {
      configure(s);
      s.connect(new InetSocketAddress(remote.host(), remote.port()), settings.connectTimeout());
      if (settings.tls() == null) {
        return s;
      }
      SSLSocket ssl = (SSLSocket) settings.tls().getSocketFactory().createSocket(s, remote.host(), remote.port(), true);
      ssl.setUseClientMode(true);
      ssl.setSoTimeout(Math.max(1, settings.connectTimeout()));
      ssl.startHandshake();
      return ssl;
    } catch (IOException e) {
      s.close();
      throw e;
    }
  }

  void configure(Socket s) throws IOException {
    s.setTcpNoDelay(true);
    s.setSendBufferSize(settings.socketBufferSize());
    s.setReceiveBufferSize(settings.socketBufferSize());
  }

  /** Number of open associations (requested and accepted). */
  public int openAssociations() {
    return associations.size();
  }

  @Override
  public void close() {
    for (AeListener l : listeners) {
      l.close();
    }
    for (Association as : associations) {
      as.abort();
    }
    if (ownExecutor != null) {
      ownExecutor.shutdownNow();
    }
  }
}
