package org.opendrimbox.xds.sign;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** PKIX path check of a signer certificate against a set of trust anchors (no revocation). */
public final class CertificateTrust {
  private final Set<TrustAnchor> anchors;

  public CertificateTrust(Set<TrustAnchor> anchors) {
    this.anchors = Set.copyOf(anchors);
  }

  /** Trust every certificate entry of a trust store. */
  public static CertificateTrust of(KeyStore trustStore) {
    try {
      Set<TrustAnchor> set = new HashSet<>();
      for (String alias : Collections.list(trustStore.aliases())) {
        if (trustStore.getCertificate(alias) instanceof X509Certificate c) {
          set.add(new TrustAnchor(c, null));
        }
      }
      return new CertificateTrust(set);
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("unreadable trust store", e);
    }
  }

  /** Throws when the certificate does not chain to an anchor or is not currently valid. */
  public void check(X509Certificate cert) {
    if (anchors.isEmpty()) {
      throw new XmlSignatureException("no trust anchors configured");
    }
    try {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      PKIXParameters params = new PKIXParameters(anchors);
      params.setRevocationEnabled(false);
      CertPathValidator.getInstance("PKIX").validate(cf.generateCertPath(List.of(cert)), params);
    } catch (GeneralSecurityException e) {
      throw new XmlSignatureException("signer certificate not trusted: " + e.getMessage(), e);
    }
  }
}
