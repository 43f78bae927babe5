package org.opendrimbox.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Settings of the trust feature (who may fetch images from this box): the signed ANS whitelist, the
 * IGC-Santé trust anchors and CRLs that verify it, and the Pro Santé Connect token introspection client.
 * Defaults are strict; {@link Mode#DEMO} needs an explicit confirmation (see {@code
 * docs/operations/configuration.md}).
 *
 * @param mode {@code DRIMBOX_TRUST_MODE}: strict (default) or demo
 * @param whitelist {@code DRIMBOX_WHITELIST}: file path or http(s) URL of the signed list; empty = none
 * @param trustAnchors {@code DRIMBOX_TRUST_ANCHORS}: PEM/DER bundle of the IGC-Santé root (and intermediate)
 *     certificates; null = none
 * @param crls {@code DRIMBOX_TRUST_CRLS}: CRL files (comma separated) for the revocation check
 * @param introspectionUrl {@code DRIMBOX_PSC_INTROSPECTION_URL}: RFC 7662 endpoint; null = not configured
 * @param userinfoUrl {@code DRIMBOX_PSC_USERINFO_URL}: optional OIDC userinfo endpoint for name/organisation
 * @param clientId {@code DRIMBOX_PSC_CLIENT_ID}
 * @param clientSecret {@code DRIMBOX_PSC_CLIENT_SECRET}, from the environment only
 * @param requiredScope {@code DRIMBOX_PSC_REQUIRED_SCOPE}: scope the token must carry; empty = no check
 * @param audience {@code DRIMBOX_PSC_AUDIENCE}: audience the token must carry; empty = no check
 */
public record TrustSettings(
    Mode mode,
    String whitelist,
    Path trustAnchors,
    List<Path> crls,
    URI introspectionUrl,
    URI userinfoUrl,
    String clientId,
    String clientSecret,
    String requiredScope,
    String audience) {

  /** Value of {@code DRIMBOX_TRUST_DEMO_CONFIRM} that demo mode requires. */
  public static final String DEMO_CONFIRMATION = "accept-unverified-peers";

  /** How strictly peers are checked. */
  public enum Mode {
    /** Production: signed and verified whitelist, whitelisted client certificate, introspected token. */
    STRICT,
    /** Demo only: tolerates an unsigned or unverifiable whitelist and a missing client certificate. */
    DEMO
  }

  public TrustSettings {
    crls = List.copyOf(crls);
  }

  public boolean demo() {
    return mode == Mode.DEMO;
  }

  @Override
  public String toString() {
    return "TrustSettings[mode=" + mode + ", whitelist=" + whitelist + ", trustAnchors=" + trustAnchors
        + ", crls=" + crls + ", introspectionUrl=" + introspectionUrl + ", userinfoUrl=" + userinfoUrl
        + ", clientId=" + clientId + ", clientSecret=" + (clientSecret.isEmpty() ? "" : "***")
        + ", requiredScope=" + requiredScope + ", audience=" + audience + "]";
  }
}
