package org.opendrimbox.dmpsim;

import java.nio.file.Path;
import java.time.Duration;
import org.opendrimbox.dmpsim.validation.ValidationOptions;
import org.opendrimbox.xds.sign.CertificateTrust;

/**
 * Simulator settings.
 *
 * @param dataDir where entries and documents are persisted
 * @param repositoryUniqueId the repository OID returned in metadata and expected by ITI-43
 * @param validation signature checking depth
 * @param trust trust anchors for VIHF/XAdES signer certificates (null: any certificate whose
 *     signature verifies is accepted)
 * @param slowDelay delay applied to every SOAP response while the failure mode is {@code slow}
 */
public record SimulatorConfig(
    Path dataDir,
    String repositoryUniqueId,
    ValidationOptions validation,
    CertificateTrust trust,
    Duration slowDelay) {

  /** Default repository id of the simulator. */
  public static final String DEFAULT_REPOSITORY = "1.2.250.1.213.1.1.9.1";
}
