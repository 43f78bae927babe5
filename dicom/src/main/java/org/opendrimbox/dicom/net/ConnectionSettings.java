package org.opendrimbox.dicom.net;

import javax.net.ssl.SSLContext;

/**
 * Immutable socket and protocol settings shared by requestors and acceptors. Timeouts are in milliseconds, 0 meaning
 * none: {@code connectTimeout} (TCP connect), {@code acceptTimeout} (A-ASSOCIATE answer or request, the ARTIM timer),
 * {@code idleTimeout} (no traffic and nothing outstanding), {@code responseTimeout} (no traffic while a DIMSE response
 * is awaited), {@code releaseTimeout} (A-RELEASE-RP). {@code maxPduLength} is offered as our receive limit; {@code
 * maxPduLengthSend} caps what we send whatever the peer accepts. TCP_NODELAY is always on. {@code tls} null = plain
 * TCP; otherwise TLS with that context, {@code tlsNeedClientAuth} for acceptors.
 */
public record ConnectionSettings(int connectTimeout, int acceptTimeout, int idleTimeout, int responseTimeout,
    int releaseTimeout, int maxPduLength, int maxPduLengthSend, int socketBufferSize, SSLContext tls,
    boolean tlsNeedClientAuth) {
  public static final int DEFAULT_MAX_PDU = 131072;

  public ConnectionSettings {
    if (maxPduLength != 0 && maxPduLength < 4096 || maxPduLengthSend < 4096) {
      throw new IllegalArgumentException("max PDU length must be 0 or at least 4096");
    }
    if (connectTimeout < 0 || acceptTimeout < 0 || idleTimeout < 0 || responseTimeout < 0 || releaseTimeout < 0) {
      throw new IllegalArgumentException("negative timeout");
    }
  }

  /** Defaults: 10 s connect and accept, 5 min idle, 60 s response, 10 s release, 128 KiB PDUs, 1 MiB socket buffers. */
  public static ConnectionSettings defaults() {
    return new ConnectionSettings(10_000, 10_000, 300_000, 60_000, 10_000, DEFAULT_MAX_PDU, DEFAULT_MAX_PDU, 1 << 20,
        null, false);
  }

  public ConnectionSettings withTimeouts(int connect, int accept, int idle, int response, int release) {
    return new ConnectionSettings(connect, accept, idle, response, release, maxPduLength, maxPduLengthSend,
        socketBufferSize, tls, tlsNeedClientAuth);
  }

  public ConnectionSettings withMaxPduLength(int receive, int send) {
    return new ConnectionSettings(connectTimeout, acceptTimeout, idleTimeout, responseTimeout, releaseTimeout, receive,
        send, socketBufferSize, tls, tlsNeedClientAuth);
  }

  public ConnectionSettings withTls(SSLContext context, boolean needClientAuth) {
    return new ConnectionSettings(connectTimeout, acceptTimeout, idleTimeout, responseTimeout, releaseTimeout,
        maxPduLength, maxPduLengthSend, socketBufferSize, context, needClientAuth);
  }

  /** Smallest non-zero timeout, used as the socket read tick at which timeouts are checked. */
  int tick() {
    int min = Integer.MAX_VALUE;
    for (int t : new int[] {acceptTimeout, idleTimeout, responseTimeout, releaseTimeout}) {
      if (t > 0) {
        min = Math.min(min, t);
      }
    }
    return Math.max(10, Math.min(1000, min / 4));
  }
}
