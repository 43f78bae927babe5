package org.opendrimbox.dmpsim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.dmpsim.validation.ErrorCodes;
import org.opendrimbox.dmpsim.validation.ValidationOptions;
import org.opendrimbox.xds.rim.XdsIds;
import org.opendrimbox.xds.soap.MtomMessage;
import org.opendrimbox.xds.soap.MtomReader;
import org.opendrimbox.xds.soap.Soap;
import org.opendrimbox.xds.transaction.RegistryError;
import org.opendrimbox.xds.transaction.RegistryResponse;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Document;

/**
 * The simulator agrees with ANS's own examples: the validator samples and the informatif
 * publication pass validation (signatures in STRUCTURE mode: the samples' certificates are masked
 * and their bytes re-indented), and deliberately broken variants are refused with the right code.
 */
class SampleAcceptanceTest {
  @TempDir Path dir;

  private DmpSimulator simulator(ValidationOptions options) {
    return new DmpSimulator(new SimulatorConfig(dir, SimulatorConfig.DEFAULT_REPOSITORY, options,
        null, Duration.ZERO), Clock.systemUTC());
  }

  private static List<RegistryError> validateEnvelopeOnly(DmpSimulator sim, String xml) {
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    Document env = Xml.parse(bytes);
    return sim.iti41().validate(env, new MtomMessage(bytes, java.util.Map.of()),
        ValidationOptions.METADATA_ONLY);
  }

  private static String sample(String name) {
    return new String(Samples.resource(name), StandardCharsets.UTF_8);
  }

  @Test
  void validatorSamplesPassMetadataValidation() {
    DmpSimulator sim = simulator(ValidationOptions.SAMPLES);
    assertThat(validateEnvelopeOnly(sim, sample("validateur-XDS.xml"))).isEmpty();
  }

  @Test
  void crossValidationSampleOnlyFailsOnItsKnownPatientIdDefect() {
    // The cross-validation sample changed the KOS entry's patient (274075176079430) but kept the
    // SubmissionSet patient (162018885045327): IHE requires them to be equal.
    List<RegistryError> errors = validateEnvelopeOnly(simulator(ValidationOptions.SAMPLES),
        sample("cross-validateur-XDS.xml"));
    assertThat(errors).extracting(RegistryError::errorCode)
        .containsExactly(ErrorCodes.PATIENT_ID_MISMATCH);
  }

  @Test
  void informatifPublicationIsAcceptedAndStored() {
    DmpSimulator sim = simulator(ValidationOptions.SAMPLES);
    SimulatorResponse r = sim.handle("POST", "/repository", Samples.PUBLICATION_CONTENT_TYPE,
        Samples.publication());
    String body = new String(r.body(), StandardCharsets.UTF_8);
    assertThat(r.status()).as(body).isEqualTo(200);
    assertThat(RegistryResponse.read(Soap.payload(Xml.parse(r.body())).orElseThrow())
        .isSuccess()).as(body).isTrue();
    var kos = sim.registry().byUniqueId("1.3.2.751468943.3.1234.56838.231114144457.1.1.1")
        .orElseThrow();
    assertThat(kos.status()).isEqualTo(XdsIds.APPROVED);
    assertThat(kos.metadata().slotValue("repositoryUniqueId"))
        .contains(SimulatorConfig.DEFAULT_REPOSITORY);
    assertThat(sim.registry().content(kos.uniqueId()).orElseThrow()).hasSize(8450);
  }

  @Test
  void missingSignatureIsRejected() {
    String xml = sample("validateur-XDS.xml");
    String broken = xml.replaceAll("(?s)<Association associationType=\"urn:ihe:iti:2007:"
        + "AssociationType:signs\".*?</Association>", "");
    assertThat(broken).isNotEqualTo(xml);
    assertThat(validateEnvelopeOnly(simulator(ValidationOptions.SAMPLES), broken))
        .extracting(RegistryError::errorCode).containsExactly(ErrorCodes.REGISTRY_METADATA);
  }

  @Test
  void wrongFormatCodeIsRejected() {
    String xml = sample("validateur-XDS.xml");
    String broken = xml.replace("nodeRepresentation=\"1.2.840.10008.5.1.4.1.1.88.59\"",
        "nodeRepresentation=\"urn:ihe:rad:TEXT\"");
    List<RegistryError> errors = validateEnvelopeOnly(simulator(ValidationOptions.SAMPLES),
        broken);
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.errorCode()).isEqualTo(ErrorCodes.REGISTRY_METADATA);
      assertThat(e.codeContext()).contains("formatCode");
    });
  }

  @Test
  void patientMismatchIsRejected() {
    String xml = sample("validateur-XDS.xml");
    String broken = xml.replace("registryObject=\"DocumentKOS\" value=\"162018885045327",
        "registryObject=\"DocumentKOS\" value=\"262018885045327");
    assertThat(validateEnvelopeOnly(simulator(ValidationOptions.SAMPLES), broken))
        .extracting(RegistryError::errorCode).contains(ErrorCodes.PATIENT_ID_MISMATCH);
  }

  @Test
  void missingVihfIsAWsSecurityFault() {
    String xml = sample("validateur-XDS.xml");
    String broken = xml.replaceAll("(?s)<saml2:Assertion .*</saml2:Assertion>", "");
    assertThatThrownBy(() -> validateEnvelopeOnly(simulator(ValidationOptions.SAMPLES), broken))
        .isInstanceOfSatisfying(SoapFaultException.class, e ->
            assertThat(e.fault().subcode()).isEqualTo(ErrorCodes.INVALID_SECURITY));
    SimulatorResponse r = simulator(ValidationOptions.SAMPLES).handle("POST", "/repository",
        "application/soap+xml", broken.getBytes(StandardCharsets.UTF_8));
    assertThat(r.status()).isEqualTo(400);
    assertThat(Soap.readFault(Xml.parse(r.body())).orElseThrow().subcode())
        .isEqualTo(ErrorCodes.INVALID_SECURITY);
  }

  @Test
  void missingDocumentPartIsRejectedWhenDocumentsAreRequired() {
    DmpSimulator sim = simulator(ValidationOptions.SAMPLES);
    byte[] bytes = Samples.resource("validateur-XDS.xml");
    SimulatorResponse r = sim.handle("POST", "/repository", "application/soap+xml", bytes);
    RegistryResponse rr = RegistryResponse.read(Soap.payload(Xml.parse(r.body())).orElseThrow());
    assertThat(rr.isSuccess()).isFalse();
    assertThat(rr.errors()).extracting(RegistryError::errorCode)
        .contains(ErrorCodes.MISSING_DOCUMENT);
  }

  @Test
  void samplesAreRefusedInFullSignatureMode() {
    DmpSimulator sim = simulator(ValidationOptions.STRICT);
    MtomMessage m = MtomReader.read(Samples.PUBLICATION_CONTENT_TYPE, Samples.publication());
    assertThatThrownBy(() -> sim.iti41().validate(m.envelope(), m, ValidationOptions.STRICT))
        .isInstanceOfSatisfying(SoapFaultException.class, e ->
            assertThat(e.fault().subcode()).isEqualTo(ErrorCodes.FAILED_AUTHENTICATION));
  }

  @Test
  void storedEntriesSurviveARestartAndAreInspectable() {
    simulator(ValidationOptions.SAMPLES).handle("POST", "/repository",
        Samples.PUBLICATION_CONTENT_TYPE, Samples.publication());
    DmpSimulator restarted = simulator(ValidationOptions.SAMPLES);
    assertThat(restarted.registry().all()).hasSize(2);
    SimulatorResponse json = restarted.handle("GET", "/submissions", null, new byte[0]);
    assertThat(new String(json.body(), StandardCharsets.UTF_8))
        .contains("\"uniqueId\":\"1.3.2.751468943.3.1234.56838.231114144457.1.1.1\"")
        .contains("\"patientId\":\"162018885045327^^^&1.2.250.1.213.1.4.10&ISO^NH\"")
        .contains(XdsIds.APPROVED);
    SimulatorResponse doc = restarted.handle("GET",
        "/documents/1.3.2.751468943.3.1234.56838.231114144457.1.1.1", null, new byte[0]);
    assertThat(doc.status()).isEqualTo(200);
    assertThat(new String(doc.body(), 128, 4, StandardCharsets.US_ASCII)).isEqualTo("DICM");
  }

  @Test
  void failureSwitchMakesTheSimulatorUnavailableThenRejecting() {
    DmpSimulator sim = simulator(ValidationOptions.SAMPLES);
    sim.handle("POST", "/admin/failure", "application/json",
        "{\"mode\":\"unavailable\",\"durationSeconds\":300}".getBytes(StandardCharsets.UTF_8));
    assertThat(sim.handle("POST", "/repository", Samples.PUBLICATION_CONTENT_TYPE,
        Samples.publication()).status()).isEqualTo(503);
    sim.handle("POST", "/admin/failure", "application/json",
        "{\"mode\":\"reject\",\"durationSeconds\":300}".getBytes(StandardCharsets.UTF_8));
    SimulatorResponse r = sim.handle("POST", "/repository", Samples.PUBLICATION_CONTENT_TYPE,
        Samples.publication());
    assertThat(RegistryResponse.read(Soap.payload(Xml.parse(r.body())).orElseThrow()).errors())
        .extracting(RegistryError::errorCode).containsExactly(ErrorCodes.REGISTRY_ERROR);
    sim.handle("POST", "/admin/failure", "application/json",
        "{\"mode\":\"none\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(sim.handle("POST", "/repository", Samples.PUBLICATION_CONTENT_TYPE,
        Samples.publication()).status()).isEqualTo(200);
    assertThat(sim.registry().all()).hasSize(2);
  }
}
