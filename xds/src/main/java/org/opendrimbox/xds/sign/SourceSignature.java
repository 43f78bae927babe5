package org.opendrimbox.xds.sign;

import java.security.cert.X509Certificate;
import java.util.Map;

/**
 * What a verified (or structurally checked) IHE DSG signature states.
 *
 * @param signatureId the ds:Signature Id
 * @param certificate the signer certificate from KeyInfo (null if unreadable in structure mode)
 * @param manifest manifest reference URI → (digest algorithm URI, digest bytes)
 * @param purpose the purposeOfSignature value
 * @param valueVerified true when the cryptographic value was checked
 */
public record SourceSignature(
    String signatureId,
    X509Certificate certificate,
    Map<String, ManifestDigest> manifest,
    String purpose,
    boolean valueVerified) {

  /** One manifest reference digest. */
  public record ManifestDigest(String algorithmUri, byte[] digest) {

    /** True when the digest matches the given content. */
    public boolean matches(byte[] content) {
      return java.security.MessageDigest.isEqual(digest,
          SignatureProfile.digest(SignatureProfile.jcaName(algorithmUri), content));
    }
  }
}
