package org.opendrimbox.dmp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.opendrimbox.dmp.DmpClientConfig;
import org.opendrimbox.dmp.DmpError;
import org.opendrimbox.dmp.DmpRejectedException;
import org.opendrimbox.dmp.OrganisationCredentials;
import org.opendrimbox.xds.sign.SigningKey;

/**
 * Per-organisation key material (R13): the TLS client context (ORG AUTH_CLI) wrapped in an
 * {@link HttpClient}, and the signing key (ORG SIGN_CLI). Loaded once, on first use.
 */
final class Credentials {
  static final String NO_CREDENTIALS = "DRIMBOX_NO_ORG_CERTIFICATE";

  /** What one organisation signs and connects with. */
  record Loaded(HttpClient http, SigningKey signingKey) {}

  private final DmpClientConfig config;
  private final Map<String, Loaded> cache = new ConcurrentHashMap<>();

  Credentials(DmpClientConfig config) {
    this.config = config;
  }

  /** The material of an organisation; rejected (final) when none is configured. */
  Loaded forOrganisation(String organisationId) throws DmpRejectedException {
    OrganisationCredentials c = config.credentials().stream()
        .filter(x -> x.organisationId().equals(organisationId)).findFirst()
        .orElseThrow(() -> new DmpRejectedException(List.of(new DmpError(NO_CREDENTIALS,
            "no ORG AUTH_CLI/SIGN_CLI certificates configured for organisation "
                + organisationId, null))));
    return cache.computeIfAbsent(organisationId, id -> load(c));
  }

  private Loaded load(OrganisationCredentials c) {
    try {
      KeyStore auth = keyStore(c.authKeyStore(), c.authPassword());
      KeyManagerFactory kmf =
          KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(auth, c.authPassword());
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(config.trustStore() == null ? null
          : keyStore(config.trustStore(), config.trustPassword()));
      SSLContext tls = SSLContext.getInstance("TLS");
      tls.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      HttpClient http = HttpClient.newBuilder().sslContext(tls)
          .connectTimeout(config.connectTimeout()).version(HttpClient.Version.HTTP_1_1)
          .followRedirects(HttpClient.Redirect.NEVER).build();
      return new Loaded(http, SigningKey.from(keyStore(c.signKeyStore(), c.signPassword()),
          c.signPassword(), null));
    } catch (GeneralSecurityException | IOException e) {
      throw new IllegalStateException("cannot load DMP credentials " + c, e);
    }
  }

  private static KeyStore keyStore(Path path, char[] password)
      throws IOException, GeneralSecurityException {
    KeyStore ks = KeyStore.getInstance(path.toString().endsWith(".jks") ? "JKS" : "PKCS12");
    try (InputStream in = Files.newInputStream(path)) {
      ks.load(in, password);
    }
    return ks;
  }
}
