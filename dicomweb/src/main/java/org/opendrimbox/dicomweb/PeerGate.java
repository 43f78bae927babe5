package org.opendrimbox.dicomweb;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import org.opendrimbox.trust.AccessDeniedException;
import org.opendrimbox.trust.AccessGrant;
import org.opendrimbox.trust.PeerAuthorizer;

/**
 * Access control in front of the resources: peer requests go through the trust feature's {@link PeerAuthorizer}
 * (bearer token, client certificate, audit); local tools (QIDO-RS, calibration) are allowed from loopback only.
 * Without an authorizer bean every peer request is refused with 401.
 */
@ApplicationScoped
public class PeerGate {

  private static final String CERTS = "jakarta.servlet.request.X509Certificate";

  @Inject private Instance<PeerAuthorizer> authorizer;

  /** Authorizes a peer request for the given resource path. */
  public AccessGrant peer(HttpServletRequest request, String resource) throws AccessDeniedException {
    if (!authorizer.isResolvable()) {
      throw new AccessDeniedException(401, "peer authorization is not configured on this box");
    }
    return authorizer.get().authorize(request.getHeader("Authorization"), chain(request), resource);
  }

  /** Audits the refusal of a request {@link #peer} had authorized (the KOS does not cover it, ...). */
  public void refused(HttpServletRequest request, AccessGrant grant, String resource, int status, String reason) {
    if (authorizer.isResolvable()) {
      authorizer.get().auditRefusal(grant, chain(request), resource, status, reason);
    }
  }

  private static X509Certificate[] chain(HttpServletRequest request) {
    return request.getAttribute(CERTS) instanceof X509Certificate[] c ? c : null;
  }

  /** Allows loopback callers only (the box's own tools). */
  public void local(HttpServletRequest request) throws AccessDeniedException {
    try {
      if (!InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress()) {
        throw new AccessDeniedException(403, "this resource is reserved to the box's own tools (loopback)");
      }
    } catch (UnknownHostException e) {
      throw new AccessDeniedException(403, "unknown caller address");
    }
  }
}
