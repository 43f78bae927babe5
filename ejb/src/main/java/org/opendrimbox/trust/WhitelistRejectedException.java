package org.opendrimbox.trust;

/** A whitelist document that must not be used (unsigned, corrupted, untrusted signer, unreadable...). */
public class WhitelistRejectedException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient WhitelistVerification verification;

  public WhitelistRejectedException(String message, WhitelistVerification verification) {
    super(message);
    this.verification = verification;
  }

  /** The check-by-check result, null when the document could not even be parsed. */
  public WhitelistVerification verification() {
    return verification;
  }
}
