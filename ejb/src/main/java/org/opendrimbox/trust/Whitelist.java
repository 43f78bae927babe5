package org.opendrimbox.trust;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.security.auth.x500.X500Principal;
import org.opendrimbox.trust.internal.DistinguishedNames;

/**
 * A parsed ANS whitelist ({@code ListeBlancheDRIM-M}) with the result of its verification.
 *
 * @param generatedAt {@code DateDeGeneration}, null when absent
 * @param entries the {@code Domaine} entries, in document order
 * @param verification how the document was verified
 */
public record Whitelist(Instant generatedAt, List<WhitelistEntry> entries, WhitelistVerification verification) {

  public Whitelist {
    entries = List.copyOf(entries);
  }

  /** The entry whose {@code DNCertificatOperateur} is this subject DN (attribute order and case ignored). */
  public Optional<WhitelistEntry> findByCertificateDn(X500Principal subject) {
    return entries.stream().filter(e -> DistinguishedNames.same(e.certificateDn(), subject)).findFirst();
  }

  /** The entry of a peer's certificate (its subject DN). */
  public Optional<WhitelistEntry> findByCertificate(X509Certificate certificate) {
    return findByCertificateDn(certificate.getSubjectX500Principal());
  }

  /** The entry whose {@code db} host is this host name (case ignored). */
  public Optional<WhitelistEntry> findByDbHost(String host) {
    return entries.stream().filter(e -> e.dbHost().equalsIgnoreCase(host)).findFirst();
  }
}
