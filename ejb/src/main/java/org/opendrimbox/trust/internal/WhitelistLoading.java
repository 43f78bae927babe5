package org.opendrimbox.trust.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.opendrimbox.config.TrustSettings;
import org.opendrimbox.trust.Whitelist;
import org.opendrimbox.trust.WhitelistRejectedException;

/**
 * One load of the configured whitelist: reads the document ({@code DRIMBOX_WHITELIST}, file or URL), the trust
 * anchors and CRLs (re-read each time, so that a refreshed CRL file is picked up), and verifies.
 */
public final class WhitelistLoading {

  private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);

  private WhitelistLoading() {}

  /** The verified list; throws when it must not be used, IOException when a file or URL cannot be read. */
  public static Whitelist load(TrustSettings settings, HttpClient http, Clock clock)
      throws IOException, WhitelistRejectedException {
    byte[] xml = WhitelistSource.read(settings.whitelist(), http, FETCH_TIMEOUT);
    TrustMaterial material = TrustMaterial.load(settings.trustAnchors(), settings.crls());
    return new WhitelistVerifier(material, clock, settings.demo()).verify(xml);
  }
}
