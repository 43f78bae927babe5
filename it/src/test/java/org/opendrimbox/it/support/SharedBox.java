package org.opendrimbox.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.opendrimbox.trust.PscSimulator;

/**
 * JUnit extension giving the IT classes one shared source box and its surroundings, started with the first
 * class that needs them and stopped when the whole run ends:
 *
 * <ul>
 *   <li>a development PKI made by {@code bin/dev-pki} (organisation of the official exam C data set);
 *   <li>the PACS: Orthanc ({@link OrthancServer}) holding a synthetic study matching exam C;
 *   <li>the PSC simulator (mock-oauth2-server with {@code psc-simulator/psc-users.json}) on a free port;
 *   <li>the trust material of {@link PeerTrust}: a signed whitelist naming one peer's client certificate;
 *   <li>the box on H2, port offset 100 (HTTP 8180, HTTPS with client authentication 8543, management 10090,
 *       DICOM 11212, HL7 2675), with the DMP simulator deployed beside it at /dmp-simulator, trusting the PKI,
 *       strict trust, introspecting tokens at the simulator.
 * </ul>
 */
public final class SharedBox implements BeforeAllCallback {

  public static final int PORT_OFFSET = 100;
  public static final int DICOM_PORT = 11212;
  public static final int HL7_PORT = 2675;
  public static final String AET = "DRIMBOX_IT";
  /** The application user a RIS uses for the JMS intake (guest role of the broker). */
  public static final String RIS_USER = "ris";
  public static final String RIS_PASSWORD = "ris-it-Passw0rd";
  /** Instances of the synthetic exam C study in the PACS. */
  public static final int EXAM_C_INSTANCES = 20;

  private static WildFlyServer server;
  private static OrthancServer pacs;
  private static PscSimulator psc;
  private static PeerTrust trust;
  private static Path pkiDir;

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(SharedBox.class, k -> new Handle(), Handle.class);
  }

  public static WildFlyServer server() {
    if (server == null) {
      throw new IllegalStateException("annotate the test class with @ExtendWith(SharedBox.class)");
    }
    return server;
  }

  public static OrthancServer pacs() {
    server();
    return pacs;
  }

  /** The PSC simulator the box introspects tokens at. */
  public static PscSimulator psc() {
    server();
    return psc;
  }

  /** The whitelist and the peers' TLS material of the box. */
  public static PeerTrust trust() {
    server();
    return trust;
  }

  /** Port of the HTTPS listener (client certificates wanted). */
  public static int httpsPort() {
    return 8443 + PORT_OFFSET;
  }

  /**
   * The shared box's environment for another box at {@code portOffset} (its own DICOM and HL7 ports, same PKI,
   * PSC simulator and PACS), reading its whitelist from {@code whitelist}.
   */
  public static Map<String, String> environmentForAnotherBox(int portOffset, Path whitelist) {
    server();
    Map<String, String> env = environment(pkiDir, trust, psc);
    env.put("DRIMBOX_DICOM_PORT", String.valueOf(DICOM_PORT - PORT_OFFSET + portOffset));
    env.put("DRIMBOX_HL7_PORT", String.valueOf(HL7_PORT - PORT_OFFSET + portOffset));
    env.put("DRIMBOX_BASE_URL", "http://127.0.0.1:" + (8080 + portOffset));
    env.put("DRIMBOX_DMP_URL", "http://127.0.0.1:" + (8080 + portOffset) + "/dmp-simulator");
    env.put("DRIMBOX_WHITELIST", whitelist.toString());
    return env;
  }

  /** Base URL of the DMP simulator deployed beside the box. */
  public static String dmpSimulator() {
    return server().httpBase() + "/dmp-simulator";
  }

  /** Environment of the shared box. */
  static Map<String, String> environment(Path pki, PeerTrust trust, PscSimulator psc) {
    Map<String, String> env = new HashMap<>();
    env.put("DRIMBOX_AET", AET);
    env.put("DRIMBOX_DICOM_PORT", String.valueOf(DICOM_PORT));
    env.put("DRIMBOX_HL7_PORT", String.valueOf(HL7_PORT));
    env.put("DRIMBOX_BIND_ADDRESS", "127.0.0.1");
    env.put("DRIMBOX_BASE_URL", "http://127.0.0.1:" + (8080 + PORT_OFFSET));
    env.put("DRIMBOX_PACS", OrthancServer.AET + "@127.0.0.1:" + OrthancServer.DICOM_PORT);
    env.put("DRIMBOX_DMP_URL", "http://127.0.0.1:" + (8080 + PORT_OFFSET) + "/dmp-simulator");
    env.put("DRIMBOX_DMP_CREDENTIALS_DIR", pki.resolve("credentials").toString());
    env.put("DRIMBOX_RETRY_BASE_SECONDS", "2");
    env.put("DRIMBOX_RETRY_MAX_SECONDS", "10");
    env.put("DRIMBOX_PACS_WAIT_MINUTES", "1");
    env.put("DMP_SIMULATOR_TRUSTSTORE", pki.resolve("truststore.p12").toString());
    env.put("DMP_SIMULATOR_TRUSTSTORE_PASSWORD", read(pki.resolve("password")));
    env.put("DRIMBOX_TLS_KEYSTORE", pki.resolve("server.p12").toString());
    env.put("DRIMBOX_TLS_KEYSTORE_PASSWORD", read(pki.resolve("password")));
    env.put("DRIMBOX_TLS_TRUSTSTORE", pki.resolve("truststore.p12").toString());
    env.put("DRIMBOX_TLS_TRUSTSTORE_PASSWORD", read(pki.resolve("password")));
    env.put("DRIMBOX_WHITELIST", trust.whitelist().toString());
    env.put("DRIMBOX_TRUST_ANCHORS", trust.anchors().toString());
    env.put("DRIMBOX_TRUST_CRLS", trust.crl().toString());
    env.put("DRIMBOX_PSC_INTROSPECTION_URL", psc.introspectionEndpoint().toString());
    env.put("DRIMBOX_PSC_USERINFO_URL", psc.userinfoEndpoint().toString());
    env.put("DRIMBOX_PSC_CLIENT_SECRET", "drimbox-secret");
    env.put("DRIMBOX_PSC_AUDIENCE", "drimbox");
    return env;
  }

  /**
   * Makes (or reuses) the development PKI under the it module's target directory, for the organisations that
   * publish the official fixtures: 1750803447 (exams C, E, G1) and 101235555 (G1_MAJ, I).
   */
  static Path pki() {
    Path root = Path.of(TestConfig.require("it.project.root"));
    Path dir = Path.of(TestConfig.require("it.work.dir")).resolve("pki");
    Exec.checked(List.of(root.resolve("bin/dev-pki").toString(), "--org", "1750803447", "--org", "101235555",
        dir.toString()), Map.of(), Duration.ofMinutes(3));
    return dir;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file).strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("deprecation")
  private static final class Handle implements ExtensionContext.Store.CloseableResource {
    Handle() {
      Path work = Path.of(TestConfig.require("it.work.dir"));
      pkiDir = pki();
      trust = PeerTrust.create(pkiDir, work.resolve("trust"));
      try {
        Files.createDirectories(work);
        psc = PscSimulator.start(work.resolve("psc-simulator.log"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      pacs = OrthancServer.start(work.resolve("orthanc"), Map.of(AET, "127.0.0.1:" + DICOM_PORT));
      try {
        Path study = work.resolve("studies/exam-c");
        SyntheticStudies.write(study, ReportVariants.EXAM_C_STUDY, ReportVariants.EXAM_C_ACCESSION,
            EXAM_C_INSTANCES);
        pacs.upload(study);
        server = WildFlyServer.startConfigured("shared-h2", PORT_OFFSET, environment(pkiDir, trust, psc),
            s -> s.addApplicationUser(RIS_USER, RIS_PASSWORD, "guest"), "dmp-simulator.war");
      } catch (RuntimeException | AssertionError e) {
        pacs.close(); // startConfigured already stopped its server
        psc.close();
        throw e;
      }
    }

    @Override
    public void close() {
      server.stop();
      pacs.close();
      psc.close();
    }
  }
}
