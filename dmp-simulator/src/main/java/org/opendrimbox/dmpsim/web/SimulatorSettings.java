package org.opendrimbox.dmpsim.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.function.UnaryOperator;
import org.opendrimbox.dmpsim.SimulatorConfig;
import org.opendrimbox.dmpsim.validation.ValidationOptions;
import org.opendrimbox.xds.sign.CertificateTrust;
import org.opendrimbox.xds.sign.XadesVerifier;

/**
 * Reads the simulator configuration from system properties (or environment variables):
 * {@code dmp.simulator.dir} (default {@code ${jboss.server.data.dir}/dmp-simulator}),
 * {@code dmp.simulator.repository-id}, {@code dmp.simulator.signatures} ({@code full} or
 * {@code structure}), {@code dmp.simulator.truststore} + {@code .truststore-password} (PKCS#12
 * trust anchors for signer certificates) and {@code dmp.simulator.slow-seconds}.
 */
public final class SimulatorSettings {

  private SimulatorSettings() {}

  /** Builds the configuration from a lookup (system property first, then environment). */
  public static SimulatorConfig fromSystem() {
    return from(name -> {
      String v = System.getProperty(name);
      return v != null ? v : System.getenv(name.toUpperCase().replace('.', '_').replace('-', '_'));
    });
  }

  static SimulatorConfig from(UnaryOperator<String> lookup) {
    String dir = lookup.apply("dmp.simulator.dir");
    if (dir == null) {
      String data = lookup.apply("jboss.server.data.dir");
      dir = (data != null ? data : System.getProperty("java.io.tmpdir")) + "/dmp-simulator";
    }
    String repo = lookup.apply("dmp.simulator.repository-id");
    XadesVerifier.Mode mode = "structure".equalsIgnoreCase(lookup.apply("dmp.simulator.signatures"))
        ? XadesVerifier.Mode.STRUCTURE : XadesVerifier.Mode.FULL;
    String slow = lookup.apply("dmp.simulator.slow-seconds");
    return new SimulatorConfig(Path.of(dir), repo != null ? repo : SimulatorConfig.DEFAULT_REPOSITORY,
        new ValidationOptions(mode, true), trust(lookup), Duration.ofSeconds(
            slow != null ? Long.parseLong(slow) : 20));
  }

  private static CertificateTrust trust(UnaryOperator<String> lookup) {
    String path = lookup.apply("dmp.simulator.truststore");
    if (path == null) {
      return null;
    }
    String pw = lookup.apply("dmp.simulator.truststore-password");
    try (InputStream in = Files.newInputStream(Path.of(path))) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, pw == null ? null : pw.toCharArray());
      return CertificateTrust.of(ks);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot read dmp.simulator.truststore " + path, e);
    }
  }
}
