package org.opendrimbox.trust.internal;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPath;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;

/**
 * PKIX path validation of the whitelist signer: from the signer, through the KeyInfo intermediates, to a
 * configured anchor, every certificate valid at the given instant; then the signer's revocation status from
 * the configured CRLs only (no OCSP, no download: both are unreachable from a DRIMbox's network).
 */
public final class SignerChain {

  private SignerChain() {}

  /** Result: trusted chain and, separately, the revocation outcome. */
  public record Result(boolean trusted, boolean notRevoked, List<String> problems) {}

  /** Validates the chain, then revocation; never throws. */
  public static Result check(X509Certificate signer, List<X509Certificate> intermediates, TrustMaterial trust,
      Instant at) {
    List<String> problems = new ArrayList<>();
    if (trust.anchors().isEmpty()) {
      problems.add("no trust anchor configured (DRIMBOX_TRUST_ANCHORS)");
      return new Result(false, false, problems);
    }
    try {
      build(signer, intermediates, trust, at, false);
    } catch (GeneralSecurityException e) {
      problems.add("signer certificate not trusted: " + message(e));
      return new Result(false, false, problems);
    }
    if (trust.crls().isEmpty()) {
      problems.add("revocation unknown: no CRL configured (DRIMBOX_TRUST_CRLS)");
      return new Result(true, false, problems);
    }
    try {
      build(signer, intermediates, trust, at, true);
      return new Result(true, true, problems);
    } catch (GeneralSecurityException e) {
      problems.add("revocation check failed: " + message(e));
      return new Result(true, false, problems);
    }
  }

  private static CertPath build(X509Certificate signer, List<X509Certificate> intermediates,
      TrustMaterial trust, Instant at, boolean revocation) throws GeneralSecurityException {
    X509CertSelector target = new X509CertSelector();
    target.setCertificate(signer);
    PKIXBuilderParameters params = new PKIXBuilderParameters(trust.anchors(), target);
    params.setDate(Date.from(at));
    List<Object> store = new ArrayList<>(intermediates);
    store.addAll(trust.crls());
    params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(store)));
    CertPathBuilder builder = CertPathBuilder.getInstance("PKIX");
    if (revocation) {
      PKIXRevocationChecker checker = (PKIXRevocationChecker) builder.getRevocationChecker();
      checker.setOptions(EnumSet.of(PKIXRevocationChecker.Option.PREFER_CRLS,
          PKIXRevocationChecker.Option.NO_FALLBACK, PKIXRevocationChecker.Option.ONLY_END_ENTITY));
      params.setRevocationEnabled(true);
      params.addCertPathChecker(checker);
    } else {
      params.setRevocationEnabled(false);
    }
    try {
      return ((PKIXCertPathBuilderResult) builder.build(params)).getCertPath();
    } catch (InvalidAlgorithmParameterException e) {
      throw new CertPathBuilderException(e.getMessage(), e);
    }
  }

  private static String message(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t.getMessage() + ")";
  }
}
