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

/**
 * JUnit extension giving the IT classes one shared source box and its surroundings, started with the first
 * class that needs them and stopped when the whole run ends:
 *
 * <ul>
 *   <li>a development PKI made by {@code bin/dev-pki} (organisation of the official exam C data set);
 *   <li>the PACS: Orthanc ({@link OrthancServer}) holding a synthetic study matching exam C;
 *   <li>the box on H2, port offset 100 (HTTP 8180, management 10090, DICOM 11212, HL7 2675), with the DMP
 *       simulator deployed beside it at /dmp-simulator, trusting the PKI.
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

  /** Base URL of the DMP simulator deployed beside the box. */
  public static String dmpSimulator() {
    return server().httpBase() + "/dmp-simulator";
  }

  /** Environment of the shared box. */
  static Map<String, String> environment(Path pki) {
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
      Path pkiDir = pki();
      pacs = OrthancServer.start(work.resolve("orthanc"), Map.of(AET, "127.0.0.1:" + DICOM_PORT));
      try {
        Path study = work.resolve("studies/exam-c");
        SyntheticStudies.write(study, ReportVariants.EXAM_C_STUDY, ReportVariants.EXAM_C_ACCESSION,
            EXAM_C_INSTANCES);
        pacs.upload(study);
        server = WildFlyServer.startConfigured("shared-h2", PORT_OFFSET, environment(pkiDir),
            s -> s.addApplicationUser(RIS_USER, RIS_PASSWORD, "guest"), "dmp-simulator.war");
      } catch (RuntimeException | AssertionError e) {
        pacs.close(); // startConfigured already stopped its server
        throw e;
      }
    }

    @Override
    public void close() {
      server.stop();
      pacs.close();
    }
  }
}
