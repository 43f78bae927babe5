package org.opendrimbox.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of the DMP client (the DMP base URL itself is {@link DrimboxSettings#dmpUrl()}). Key
 * material is read from files named here, never from the repository; see {@code
 * docs/operations/configuration.md} and {@code docs/interfaces/dmp.md}.
 *
 * @param trustStore PKCS#12 trust store with the DMP server chain ({@code DRIMBOX_DMP_TRUSTSTORE});
 *     null: the JDK default trust
 * @param trustStorePassword its password ({@code DRIMBOX_DMP_TRUSTSTORE_PASSWORD}), may be null
 * @param credentialsDir one sub-directory per organisation identifier holding {@code auth.p12}
 *     (ORG AUTH_CLI) and {@code sign.p12} (ORG SIGN_CLI) ({@code DRIMBOX_DMP_CREDENTIALS_DIR})
 * @param keyStorePassword password of those key stores when the organisation directory has no
 *     {@code password} file ({@code DRIMBOX_DMP_KEYSTORE_PASSWORD}), may be null
 * @param sourceId SubmissionSet sourceId OID ({@code DRIMBOX_DMP_SOURCE_ID})
 * @param lpsId VIHF LPS_ID ({@code DRIMBOX_LPS_ID})
 * @param lpsName VIHF LPS_Nom ({@code DRIMBOX_LPS_NAME})
 * @param lpsVersion VIHF LPS_Version ({@code DRIMBOX_LPS_VERSION})
 * @param homologation VIHF LPS_ID_HOMOLOGATION_DMP ({@code DRIMBOX_DMP_HOMOLOGATION})
 * @param timeout connect and whole-request timeout of one DMP call ({@code
 *     DRIMBOX_DMP_TIMEOUT_SECONDS})
 */
public record DmpSettings(
    Path trustStore,
    char[] trustStorePassword,
    Path credentialsDir,
    char[] keyStorePassword,
    String sourceId,
    String lpsId,
    String lpsName,
    String lpsVersion,
    String homologation,
    Duration timeout) {

  /**
   * Development SubmissionSet sourceId of OpenDRIMbox (a {@code 2.25} UUID-derived OID, unique
   * without registration). A production site sets its own registered OID.
   */
  public static final String DEVELOPMENT_SOURCE_ID = "2.25.46334042501185084856127019971716977012";

  /** Placeholder homologation number; the real DMP needs the CNDA number of the installation. */
  public static final String NOT_HOMOLOGATED = "NON-HOMOLOGUE";

  /** Passwords are never printed. */
  @Override
  public String toString() {
    return "DmpSettings[trustStore=" + trustStore + ", credentialsDir=" + credentialsDir
        + ", sourceId=" + sourceId + ", lps=" + lpsId + "/" + lpsName + "/" + lpsVersion
        + ", homologation=" + homologation + ", timeout=" + timeout + "]";
  }
}
