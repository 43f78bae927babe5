package org.opendrimbox.trust.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The IGC-Santé material that verifies a whitelist signer: trust anchors (root, and the intermediate when
 * the operator chose to pin it too) and CRLs, read from PEM or DER files.
 *
 * @param anchors trusted certificates
 * @param crls CRLs for the revocation check
 */
public record TrustMaterial(Set<TrustAnchor> anchors, List<X509CRL> crls) {

  public TrustMaterial {
    anchors = Set.copyOf(anchors);
    crls = List.copyOf(crls);
  }

  /** Material built from certificates and CRLs already in memory. */
  public static TrustMaterial of(List<X509Certificate> anchorCertificates, List<X509CRL> crls) {
    Set<TrustAnchor> set = new HashSet<>();
    anchorCertificates.forEach(c -> set.add(new TrustAnchor(c, null)));
    return new TrustMaterial(set, crls);
  }

  /** Reads a certificate bundle (PEM with several certificates, or one DER) and CRL files. */
  public static TrustMaterial load(Path anchorsFile, List<Path> crlFiles) throws IOException {
    try {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      List<X509Certificate> certs = new ArrayList<>();
      if (anchorsFile != null) {
        try (InputStream in = Files.newInputStream(anchorsFile)) {
          cf.generateCertificates(in).forEach(c -> certs.add((X509Certificate) c));
        }
      }
      List<X509CRL> crls = new ArrayList<>();
      for (Path p : crlFiles) {
        try (InputStream in = Files.newInputStream(p)) {
          cf.generateCRLs(in).forEach(c -> crls.add((X509CRL) c));
        }
      }
      return of(certs, crls);
    } catch (GeneralSecurityException e) {
      throw new IOException("unreadable certificate or CRL: " + e.getMessage(), e);
    }
  }
}
