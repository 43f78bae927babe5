package org.opendrimbox.dmp;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * DMP client configuration.
 *
 * @param baseUrl base of the DMP web services ({@code DRIMBOX_DMP_URL}); {@code /repository} and
 *     {@code /registry} are appended
 * @param trustStore PKCS#12 trust store with the DMP server chain (null: JVM default trust)
 * @param trustPassword its password
 * @param credentials ORG certificates per organisation (R13)
 * @param sourceId SubmissionSet sourceId (the box's OID)
 * @param deviceAuthor authorPerson XCN of the box itself (newest ANS samples use the DRIMbox
 *     device); null: the validating professional is the author
 * @param lpsId VIHF LPS_ID
 * @param lpsName VIHF LPS_Nom
 * @param lpsVersion VIHF LPS_Version
 * @param homologation VIHF LPS_ID_HOMOLOGATION_DMP (the CNDA homologation number)
 * @param sha1Signatures true to sign with RSA-SHA1/SHA-1 as the ANS samples do, false for SHA-256
 * @param connectTimeout TCP/TLS connect timeout
 * @param requestTimeout whole-request timeout
 */
public record DmpClientConfig(
    URI baseUrl,
    Path trustStore,
    char[] trustPassword,
    List<OrganisationCredentials> credentials,
    String sourceId,
    String deviceAuthor,
    String lpsId,
    String lpsName,
    String lpsVersion,
    String homologation,
    boolean sha1Signatures,
    Duration connectTimeout,
    Duration requestTimeout) {

  public DmpClientConfig {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(sourceId, "sourceId");
    credentials = List.copyOf(credentials);
  }

  public URI repositoryUrl() {
    return URI.create(trimSlash(baseUrl.toString()) + "/repository");
  }

  public URI registryUrl() {
    return URI.create(trimSlash(baseUrl.toString()) + "/registry");
  }

  private static String trimSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }

  @Override
  public String toString() {
    return "DmpClientConfig[" + baseUrl + ", credentials=" + credentials + "]";
  }
}
