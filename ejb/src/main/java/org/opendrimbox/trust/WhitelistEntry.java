package org.opendrimbox.trust;

import java.time.Instant;
import javax.security.auth.x500.X500Principal;

/**
 * One {@code Domaine} of the ANS whitelist: a DRIMbox and the certificate its operator presents.
 *
 * @param id {@code Identifiant}
 * @param dbHost {@code db}: host of the DRIMbox's WADO-RS service
 * @param viewerHost {@code vi}: host of its viewer, may be empty
 * @param name {@code Denomination}: the operator
 * @param certificateDn {@code DNCertificatOperateur}: subject DN of the operator's certificate
 * @param supportContact {@code SupportContact}
 * @param updatedAt {@code DateMAJ}, null when absent or unreadable
 */
public record WhitelistEntry(
    String id,
    String dbHost,
    String viewerHost,
    String name,
    X500Principal certificateDn,
    String supportContact,
    Instant updatedAt) {}
