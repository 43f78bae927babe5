package org.opendrimbox.dmp;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The IGC-Santé certificates of one organisation (R13): ORG AUTH_CLI for mutual TLS and ORG
 * SIGN_CLI for the VIHF and XAdES signatures. Key stores are PKCS#12 (or .jks) files whose paths
 * and passwords come from configuration, never from the repository.
 *
 * @param organisationId the {@link Organisation#identifier()} these certificates belong to
 * @param authKeyStore TLS client key store
 * @param authPassword its password
 * @param signKeyStore signing key store
 * @param signPassword its password
 */
public record OrganisationCredentials(String organisationId, Path authKeyStore,
    char[] authPassword, Path signKeyStore, char[] signPassword) {
  public OrganisationCredentials {
    Objects.requireNonNull(organisationId, "organisationId");
    Objects.requireNonNull(authKeyStore, "authKeyStore");
    Objects.requireNonNull(signKeyStore, "signKeyStore");
  }

  @Override
  public String toString() {
    return "OrganisationCredentials[" + organisationId + ", auth=" + authKeyStore + ", sign="
        + signKeyStore + "]";
  }
}
