package org.opendrimbox.trust;

import java.security.cert.X509Certificate;

/**
 * Decides whether a peer DRIMbox request may read a resource: checks the bearer token (PSC introspection), the
 * client certificate chain against the whitelist and the professional's rights, and audits every decision.
 */
public interface PeerAuthorizer {

  /**
   * @param authorizationHeader the raw {@code Authorization} header, may be null
   * @param clientChain the TLS client certificate chain, may be null or empty
   * @param resource the requested resource (request path)
   * @return the grant describing the professional
   * @throws AccessDeniedException with status 401 (no or invalid credentials) or 403 (not allowed)
   */
  AccessGrant authorize(String authorizationHeader, X509Certificate[] clientChain, String resource)
      throws AccessDeniedException;

  /**
   * Audits a request that was authorized here but refused afterwards by the feature serving it (e.g. a
   * {@code KOS-SOPInstanceUID} that does not cover the study), so that every refusal leaves a record. Never throws.
   *
   * @param grant what {@link #authorize} returned for this request
   * @param httpStatus the status sent to the peer
   * @param reason why (no PHI)
   */
  void auditRefusal(AccessGrant grant, X509Certificate[] clientChain, String resource, int httpStatus, String reason);
}
