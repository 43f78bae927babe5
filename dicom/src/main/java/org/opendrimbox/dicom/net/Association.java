package org.opendrimbox.dicom.net;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.net.pdu.AAbort;
import org.opendrimbox.dicom.net.pdu.AAssociateAC;
import org.opendrimbox.dicom.net.pdu.AAssociateRQ;
import org.opendrimbox.dicom.net.pdu.PduEncoder;
import org.opendrimbox.dicom.net.pdu.PresentationContext;
import org.opendrimbox.dicom.net.service.DicomServiceRegistry;

/**
 * One DICOM association, as requestor or acceptor. Messages are written under a lock (a whole command and its data set
 * at a time) straight into P-DATA-TF PDUs; incoming messages are read by one reader thread that dispatches responses to
 * their {@link DimseRSPHandler} and requests to the {@link DicomServiceRegistry}. The name ("CALLING->CALLED(n)") is
 * the logging prefix. The DIMSE-C operations themselves are in {@link Dimses}.
 */
public final class Association {
  static final System.Logger LOG = System.getLogger(Association.class.getName());
  private static final AtomicInteger SERIAL = new AtomicInteger();

  enum State { NEGOTIATING, ESTABLISHED, RELEASE_REQUESTED, CLOSED }

  private final Socket socket;
  private final boolean requestor;
  private final ConnectionSettings settings;
  final WriteWatch out;
  final PduInput pduIn;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final Map<Integer, DimseRSPHandler> pending = new ConcurrentHashMap<>();
  private final Map<Integer, Runnable> cancelHandlers = new ConcurrentHashMap<>();
  private final AcceptedContexts accepted = new AcceptedContexts();
  private final AtomicInteger msgIds = new AtomicInteger();
  private final AtomicInteger activeOps = new AtomicInteger();
  private final AtomicBoolean closing = new AtomicBoolean();
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile State state = State.NEGOTIATING;
  private volatile long lastActivity = System.nanoTime();
  private volatile IOException closeCause;
  private volatile Runnable onClosed = () -> { };
  private String name;
  private AAssociateRQ rq;
  private AAssociateAC ac;
  private byte[] pduBuf;
  private DicomServiceRegistry services;
  private java.util.concurrent.Executor executor = Runnable::run;
  private Device device;

  Association(Socket socket, boolean requestor, ConnectionSettings settings) throws IOException {
    this.socket = socket;
    this.requestor = requestor;
    this.settings = settings;
    this.name = (requestor ? "->" : "<-") + socket.getRemoteSocketAddress();
    this.out = new WriteWatch(socket.getOutputStream());
    socket.setSoTimeout(settings.tick());
    this.pduIn = new PduInput(new BufferedInputStream(new TimeoutInputStream(socket.getInputStream(),
        new TimeoutInputStream.Clock() {
          @Override
          public void touch() {
            lastActivity = System.nanoTime();
          }

          @Override
          public void tick() throws IOException {
            checkTimeouts();
          }
        }), 65536));
  }

  void established(AAssociateRQ rq, AAssociateAC ac, DicomServiceRegistry services) {
    this.rq = rq;
    this.ac = ac;
    this.services = services;
    accepted.init(rq, ac);
    int peerMax = requestor ? ac.userInformation().maxPduLength() : rq.userInformation().maxPduLength();
    int send = peerMax == 0 ? settings.maxPduLengthSend() : Math.min(peerMax, settings.maxPduLengthSend());
    this.pduBuf = new byte[send + 6];
    int n = SERIAL.incrementAndGet();
    this.name = requestor ? rq.callingAet() + "->" + rq.calledAet() + "(" + n + ")"
        : rq.calledAet() + "<-" + rq.callingAet() + "(" + n + ")";
    this.state = State.ESTABLISHED;
    LOG.log(System.Logger.Level.INFO, "{0}: established, {1} of {2} presentation contexts accepted, max PDU {3}", name,
        accepted.size(), rq.presentationContexts().size(), Integer.toString(send));
  }

  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }

  public boolean isRequestor() {
    return requestor;
  }

  public AAssociateRQ getAAssociateRQ() {
    return rq;
  }

  public AAssociateAC getAAssociateAC() {
    return ac;
  }

  public String callingAet() {
    return rq.callingAet();
  }

  public String calledAet() {
    return rq.calledAet();
  }

  /** AE title of the peer. */
  public String remoteAet() {
    return requestor ? rq.calledAet() : rq.callingAet();
  }

  public boolean isReadyForDataTransfer() {
    return state == State.ESTABLISHED;
  }

  public ConnectionSettings settings() {
    return settings;
  }

  DicomServiceRegistry services() {
    return services;
  }

  void attach(Device d) {
    this.device = d;
    this.executor = d.executor();
  }

  /** The device's executor, for SCP work that must not block the reader thread. */
  public java.util.concurrent.Executor executor() {
    return executor;
  }

  /** The device this association belongs to (to open further associations, e.g. C-MOVE sub-operations). */
  public Device device() {
    return device;
  }

  /** The accepted presentation context with this ID (abstract syntax filled in), or null. */
  public PresentationContext presentationContext(int pcid) {
    return accepted.get(pcid);
  }

  /** An accepted context for the abstract syntax and, if not null, transfer syntax. */
  public PresentationContext pcFor(String abstractSyntax, String transferSyntax) throws NoPresentationContextException {
    return accepted.find(name, abstractSyntax, transferSyntax);
  }

  /** Transfer syntaxes accepted for an abstract syntax, in context ID order. */
  public java.util.List<String> acceptedTransferSyntaxes(String abstractSyntax) {
    return accepted.transferSyntaxes(abstractSyntax);
  }

  public int nextMessageId() {
    int id;
    do {
      id = msgIds.incrementAndGet() & 0xFFFF;
    } while (id == 0);
    return id;
  }

  /** Sends a command and its optional data set as one uninterrupted message. */
  public void writeDimse(PresentationContext pc, Attributes cmd, DataWriter data) throws IOException {
    byte[] command = CommandCodec.encode(cmd);
    writeLock.lock();
    try {
      if (state != State.ESTABLISHED) {
        throw new IOException(name + ": association not ready for data transfer (" + state + ")");
      }
      try {
        PDVOutputStream cmdOut = new PDVOutputStream(out, pduBuf, pc.id(), true);
        cmdOut.write(command);
        cmdOut.close();
        if (data != null) {
          PDVOutputStream dataOut = new PDVOutputStream(out, pduBuf, pc.id(), false);
          data.writeTo(dataOut, pc.transferSyntax());
          dataOut.close();
        }
      } catch (IOException | RuntimeException e) {
        abort(AAbort.SOURCE_USER, AAbort.REASON_NOT_SPECIFIED, e instanceof IOException io ? io : new IOException(e));
        throw e;
      }
    } finally {
      writeLock.unlock();
    }
  }

  /** Sends a response; sets (0000,0800) from whether {@code data} is null. */
  public void writeDimseRSP(PresentationContext pc, Attributes rsp, DataWriter data) throws IOException {
    rsp.setInt(Tag.CommandDataSetType, org.opendrimbox.dicom.data.VR.US,
        data == null ? Commands.NO_DATASET : Commands.WITH_DATASET);
    writeDimse(pc, rsp, data);
  }

  /** Sends a request and registers the handler for its responses. */
  public void invoke(PresentationContext pc, Attributes cmd, DataWriter data, DimseRSPHandler handler)
      throws IOException {
    int msgId = cmd.getInt(Tag.MessageID, -1);
    pending.put(msgId, handler);
    lastActivity = System.nanoTime();
    try {
      writeDimse(pc, cmd, data);
    } catch (IOException e) {
      pending.remove(msgId);
      throw e;
    }
    lastActivity = System.nanoTime();
  }

  /** Sends a C-CANCEL-RQ for an outstanding C-FIND, C-GET or C-MOVE. */
  public void cancel(PresentationContext pc, int msgId) throws IOException {
    writeDimse(pc, Commands.mkCancelRQ(msgId), null);
  }

  void writeControl(byte[] pdu) throws IOException {
    writeLock.lock();
    try {
      out.write(pdu);
    } finally {
      writeLock.unlock();
    }
  }

  void sendAC(AAssociateAC answer) throws IOException {
    writeControl(PduEncoder.encode(answer));
  }

  void writeReleaseRP() throws IOException {
    writeControl(PduEncoder.releaseRP());
  }

  DimseRSPHandler responseHandler(int msgId, boolean last) {
    return last ? pending.remove(msgId) : pending.get(msgId);
  }

  /** Registers what to run when a C-CANCEL-RQ for {@code msgId} arrives (SCP side). */
  public void onCancel(int msgId, Runnable r) {
    cancelHandlers.put(msgId, r);
  }

  public void removeCancelHandler(int msgId) {
    cancelHandlers.remove(msgId);
  }

  Runnable cancelHandler(int msgId) {
    return cancelHandlers.get(msgId);
  }

  /** Marks an SCP operation running in the background: the idle timeout does not apply meanwhile. */
  public void addActiveOperation() {
    activeOps.incrementAndGet();
  }

  public void removeActiveOperation() {
    activeOps.decrementAndGet();
    lastActivity = System.nanoTime();
  }

  private void checkTimeouts() throws IOException {
    long now = System.nanoTime();
    Timeouts.check(name, settings, state, !pending.isEmpty(), activeOps.get() > 0,
        TimeUnit.NANOSECONDS.toMillis(now - lastActivity), out.stalledMillis(now));
  }

  /** Waits for outstanding responses, sends A-RELEASE-RQ and waits for the A-RELEASE-RP. */
  public void release() throws IOException {
    waitForOutstandingResponses();
    if (state != State.ESTABLISHED) {
      throw new IOException(name + ": cannot release in state " + state);
    }
    writeLock.lock();
    try {
      state = State.RELEASE_REQUESTED;
      lastActivity = System.nanoTime();
      out.write(PduEncoder.releaseRQ());
    } finally {
      writeLock.unlock();
    }
    if (!awaitClose(settings.releaseTimeout() == 0 ? Long.MAX_VALUE : settings.releaseTimeout() * 2L)) {
      abort();
      throw new AssociationTimeoutException(name + ": no A-RELEASE-RP");
    }
    IOException cause = closeCause;
    if (cause != null) {
      throw cause;
    }
    LOG.log(System.Logger.Level.INFO, "{0}: released", name);
  }

  private void waitForOutstandingResponses() throws IOException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.max(1, settings.responseTimeout()) * 2L);
    while (!pending.isEmpty() && state == State.ESTABLISHED) {
      if (settings.responseTimeout() > 0 && System.nanoTime() > deadline) {
        abort();
        throw new AssociationTimeoutException(name + ": outstanding responses never came");
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException();
      }
    }
  }

  /** Sends A-ABORT (service user) and closes the connection. */
  public void abort() {
    abort(AAbort.SOURCE_USER, AAbort.REASON_NOT_SPECIFIED, null);
  }

  void abort(int source, int reason, IOException cause) {
    if (state != State.CLOSED && !closing.get() && writeLock.tryLock()) {
      try { // never interleaved with a message being written; if one is (or blocks), closing is enough
        out.write(PduEncoder.encode(new AAbort(source, reason)));
      } catch (IOException ignored) {
        // the connection may be gone already
      } finally {
        writeLock.unlock();
      }
    }
    close(cause != null ? cause : new AAbortException(new AAbort(source, reason), name + ": aborted locally"));
  }

  /** Closes the socket and fails every outstanding response handler; idempotent. */
  void close(IOException cause) {
    if (!closing.compareAndSet(false, true)) {
      return;
    }
    boolean clean = state == State.RELEASE_REQUESTED && cause == null;
    state = State.CLOSED;
    closeCause = clean ? null : cause;
    try {
      socket.close();
    } catch (IOException ignored) {
      // nothing more to do
    }
    IOException failure = cause != null ? cause : new IOException(name + ": association closed");
    for (Integer id : pending.keySet()) {
      DimseRSPHandler h = pending.remove(id);
      if (h != null) {
        h.onClose(this, failure);
      }
    }
    for (Runnable r : cancelHandlers.values()) {
      r.run();
    }
    if (cause != null) {
      LOG.log(System.Logger.Level.DEBUG, "{0}: closed: {1}", name, cause.toString());
    }
    closed.countDown();
    onClosed.run();
  }

  void onClosed(Runnable r) {
    this.onClosed = r;
  }

  State state() {
    return state;
  }

  void setState(State s) {
    this.state = s;
  }

  /** Waits until the connection is closed; returns false on timeout. */
  public boolean awaitClose(long millis) throws java.io.InterruptedIOException {
    try {
      return closed.await(millis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException();
    }
  }

  /** The exception that ended the association, null after a normal release. */
  public IOException closeCause() {
    return closeCause;
  }

  public boolean isClosed() {
    return closed.getCount() == 0;
  }
}
