package org.opendrimbox.dmp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.opendrimbox.dmp.internal.XdsDmpClient;
import org.opendrimbox.dmpsim.DmpSimulator;
import org.opendrimbox.dmpsim.SimulatorConfig;
import org.opendrimbox.dmpsim.standalone.EmbeddedSimulatorServer;
import org.opendrimbox.dmpsim.validation.ValidationOptions;
import org.opendrimbox.xds.sign.CertificateTrust;
import org.opendrimbox.xds.soap.MtomMessage;
import org.opendrimbox.xds.soap.MtomReader;
import org.opendrimbox.xds.testpki.TestPki;

/**
 * A DMP simulator (strict validation, trusting the test CA) on a loopback HTTPS server with mutual
 * TLS, and a client configured with an organisation's AUTH and SIGN key stores written to a temp
 * directory. Closing it stops the server.
 */
final class DmpTestBed implements AutoCloseable {
  static final String ORG_ID = "499700367909006";
  static final String KOS_UID = "1.3.2.751468943.3.1234.56838.231114144457.1.1.1";
  static final String STUDY_UID = "1.3.6.1.4.1.5962.99.1.3711725607.829148806.1687338938407.3.116";

  /** Shared by all beds: RSA key generation dominates test time. */
  private static final TestPki PKI = new TestPki("DMP test CA");
  private static final TestPki.Entity SERVER = PKI.server();
  private static final TestPki.Entity AUTH = PKI.client("CN=DRIMbox AUTH, OU=" + ORG_ID);
  private static final TestPki.Entity SIGN = PKI.signer(TestPki.SIGNER_DN);

  final TestPki pki = PKI;
  final DmpSimulator simulator;
  final EmbeddedSimulatorServer server;
  final DmpClientConfig config;
  final DmpClient client;

  DmpTestBed(Path dir) {
    this(dir, Clock.systemUTC(), Duration.ZERO);
  }

  DmpTestBed(Path dir, Clock simulatorClock, Duration slowDelay) {
    simulator = new DmpSimulator(new SimulatorConfig(dir.resolve("sim"),
        SimulatorConfig.DEFAULT_REPOSITORY, ValidationOptions.STRICT,
        CertificateTrust.of(pki.trustStore()), slowDelay), simulatorClock);
    server = EmbeddedSimulatorServer.start(simulator, pki.sslContext(SERVER));
    config = config(server.baseUri(), dir, AUTH, SIGN);
    client = new XdsDmpClient(config, Clock.systemUTC());
  }

  DmpClientConfig config(URI base, Path dir, TestPki.Entity auth, TestPki.Entity sign) {
    return config(base, dir, pki, auth, pki, sign);
  }

  DmpClientConfig config(URI base, Path dir, TestPki authPki, TestPki.Entity auth,
      TestPki signPki, TestPki.Entity sign) {
    Path authP12 = TestPki.writeP12(authPki.keyStore(auth), dir.resolve("auth-"
        + System.nanoTime() + ".p12"));
    Path signP12 = TestPki.writeP12(signPki.keyStore(sign), dir.resolve("sign-"
        + System.nanoTime() + ".p12"));
    Path trust = TestPki.writeP12(pki.trustStore(), dir.resolve("trust.p12"));
    return new DmpClientConfig(base, trust, TestPki.PASSWORD,
        List.of(new OrganisationCredentials(ORG_ID, authP12, TestPki.PASSWORD, signP12,
            TestPki.PASSWORD)),
        "1.2.250.1.999.1.1.8121", "899711256811^DRIMBox^ANS^^^^^^&1.2.250.1.71.4.2.1&ISO^U^^^EI",
        "01.12.12", "OpenDRIMbox", "0.1.0", "TEST-HOMOLOGATION", true, Duration.ofSeconds(5),
        Duration.ofSeconds(30));
  }

  static PatientIdentity patient() {
    return new PatientIdentity("162018885045327", PatientIdentity.TEST_INS_OID, "IPP42",
        "1.2.250.1.999.2", "PAT-SIX", "Alain", LocalDate.of(1996, 1, 24), "M", "51215");
  }

  static Professional radiologist() {
    return new Professional("899700367909", "DOC0036790", "KIT",
        new CodedValue("10", "1.2.250.1.71.1.2.7", "Medecin"),
        new CodedValue("SM44", "1.2.250.1.71.4.2.5", "Radio-diagnostic"));
  }

  static Organisation organisation() {
    return new Organisation(ORG_ID, "BCOM",
        new CodedValue("SA01", "1.2.250.1.71.4.2.4", "Etablissement public de santé"),
        new CodedValue("AMBULATOIRE", "1.2.250.1.213.1.1.4.9", "Ambulatoire"));
  }

  static Actor actor() {
    return Actor.publisher(radiologist(), organisation());
  }

  /** The KOS carried by the ANS informatif publication sample. */
  static byte[] sampleKos() {
    try (var in = DmpTestBed.class.getResourceAsStream("/dmp/informatif-publication.xml")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      StringBuilder sb = new StringBuilder();
      for (String line : text.split("\r?\n")) {
        sb.append(line.stripLeading()).append("\r\n");
      }
      MtomMessage m = MtomReader.read("multipart/related; boundary=\"MIMEBoundary_Bound\"; "
          + "start=\"<0.1>\"", sb.toString().getBytes(StandardCharsets.UTF_8));
      return m.attachment("0.2").orElseThrow().bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static KosPublication publication(byte[] kos, String uid, Set<Confidentiality> flags) {
    return new KosPublication(kos, uid, patient(), STUDY_UID,
        List.of(new ReferenceId("7252295367250016", "1.2.840.113619.6.196")),
        List.of(new ReferenceId("12989855966", "1.2.250.1.999.3")),
        List.of(CodedValue.modality("MR", "Magnetic Resonance")),
        List.of(CodedValue.region("774007", "structure de la tête et/ou du cou")),
        radiologist(), organisation(), flags, Instant.parse("2023-11-14T14:44:57Z"),
        Instant.parse("2021-01-04T08:22:00Z"), Instant.parse("2021-01-04T15:05:00Z"),
        null, "KOS", "fr-FR",
        new CodedValue("04", "1.2.250.1.213.2.2", "Hospitalisation de jour"));
  }

  @Override
  public void close() {
    server.close();
  }
}
