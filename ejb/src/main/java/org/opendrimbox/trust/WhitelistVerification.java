package org.opendrimbox.trust;

import java.util.List;

/**
 * What the verification of a whitelist document found, check by check. {@link #accepted()} is the verdict
 * under the mode it was verified with; {@link #problems()} explains every failed check.
 *
 * @param signed the document carries an enveloped {@code ds:Signature}
 * @param signatureValid the signature value and every reference digest verify (the content is intact)
 * @param signer subject DN of the signing certificate, null when unknown
 * @param signerIdentityOk the signer is {@code CN=Liste Blanche DRIM-M, OU=318751275100020}
 * @param chainTrusted the signer chains to a configured trust anchor and every certificate is valid now
 * @param notRevoked the signer is absent from a current CRL of its issuer
 * @param accepted the list may be used
 * @param problems one line per failed check
 */
public record WhitelistVerification(
    boolean signed,
    boolean signatureValid,
    String signer,
    boolean signerIdentityOk,
    boolean chainTrusted,
    boolean notRevoked,
    boolean accepted,
    List<String> problems) {

  public WhitelistVerification {
    problems = List.copyOf(problems);
  }

  /** Every check passed. */
  public boolean fullyVerified() {
    return signed && signatureValid && signerIdentityOk && chainTrusted && notRevoked;
  }
}
