package org.opendrimbox.dmpsim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.dmpsim.validation.ErrorCodes;
import org.opendrimbox.dmpsim.validation.ValidationOptions;
import org.opendrimbox.xds.sign.CertificateTrust;
import org.opendrimbox.xds.sign.SignatureProfile;
import org.opendrimbox.xds.sign.XadesSourceSigner;
import org.opendrimbox.xds.soap.Attachment;
import org.opendrimbox.xds.soap.MtomMessage;
import org.opendrimbox.xds.soap.MtomReader;
import org.opendrimbox.xds.soap.MtomWriter;
import org.opendrimbox.xds.soap.Soap;
import org.opendrimbox.xds.testpki.TestPki;
import org.opendrimbox.xds.transaction.RegistryError;
import org.opendrimbox.xds.transaction.RegistryResponse;
import org.opendrimbox.xds.transaction.XdsActions;
import org.opendrimbox.xds.vihf.Vihf;
import org.opendrimbox.xds.vihf.VihfWriter;
import org.opendrimbox.xds.xml.Ns;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The informatif publication re-signed with test keys (new VIHF signature, new XAdES document) is
 * accepted in FULL signature mode; tampering with any signed part is refused.
 */
class SignedSampleTest {
  static final String KOS_UID = "1.3.2.751468943.3.1234.56838.231114144457.1.1.1";
  static final String SIG_UID = "2.25.253872960909518376796861585574417771331";
  static final String SS_UID = "1.2.250.1.999.1.1.8121.5.7122";
  static TestPki pki;
  static TestPki.Entity signer;
  @TempDir Path dir;

  @BeforeAll
  static void keys() {
    pki = new TestPki("Simulator CA");
    signer = pki.signer(TestPki.SIGNER_DN);
  }

  private DmpSimulator simulator() {
    return new DmpSimulator(new SimulatorConfig(dir, SimulatorConfig.DEFAULT_REPOSITORY,
        ValidationOptions.STRICT, CertificateTrust.of(pki.trustStore()), Duration.ZERO),
        Clock.systemUTC());
  }

  /** Re-signs the sample; optionally alters the KOS or the signed XAdES properties. */
  private static byte[][] resigned(TestPki.Entity vihfSigner, boolean tamperKos,
      boolean tamperSignature) {
    MtomMessage m = MtomReader.read(Samples.PUBLICATION_CONTENT_TYPE, Samples.publication());
    Document env = m.envelope();
    Element security = Soap.security(env, false).orElseThrow();
    security.removeChild(Xml.child(security, Ns.SAML2, "Assertion").orElseThrow());
    new VihfWriter(vihfSigner.signingKey(), SignatureProfile.RSA_SHA1).write(security,
        new Vihf("a-" + System.nanoTime(), Instant.now(), TestPki.SIGNER_DN, "899700367909",
            "KIT DOC0036790", List.of(new Vihf.Role("10", "1.2.250.1.71.1.2.7", "Medecin")),
            "SA01^1.2.250.1.71.4.2.4", "499700367909006",
            new Vihf.Lps("01.12.12", "OpenDRIMbox", "0.1.0", "TEST"),
            "162018885045327^^^&1.2.250.1.213.1.4.10&ISO^NH", Vihf.INDIRECT, Vihf.TLS_CLIENT,
            "normal"));
    byte[] kos = m.attachment("0.2").orElseThrow().bytes();
    byte[] sig = new XadesSourceSigner(signer.signingKey(), SignatureProfile.RSA_SHA1).sign(
        SIG_UID, SS_UID, Map.of(KOS_UID, kos), OffsetDateTime.now());
    if (tamperSignature) {
      String xml = new String(sig, StandardCharsets.UTF_8);
      String altered = xml.replaceFirst("<xades:SigningTime>\\d{4}", "<xades:SigningTime>1999");
      assertThat(altered).isNotEqualTo(xml);
      sig = altered.getBytes(StandardCharsets.UTF_8);
    }
    setSlot(env, "Signature01", "hash", HexFormat.of().formatHex(
        SignatureProfile.digest("SHA-1", sig)));
    setSlot(env, "Signature01", "size", String.valueOf(sig.length));
    if (tamperKos) {
      kos = kos.clone();
      kos[kos.length - 2] ^= 1;
    }
    MtomWriter w = new MtomWriter();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      w.write(out, XdsActions.ITI41, Xml.toBytes(env), List.of(
          new Attachment("0.2", "application/octet-stream", kos),
          new Attachment("0.3", "application/octet-stream", sig)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new byte[][] {w.contentType(XdsActions.ITI41).getBytes(StandardCharsets.US_ASCII),
        out.toByteArray()};
  }

  private static void setSlot(Document env, String objectId, String name, String value) {
    for (Element eo : Xml.descendants(env, Ns.RIM, "ExtrinsicObject")) {
      if (eo.getAttribute("id").equals(objectId)) {
        for (Element slot : Xml.children(eo, Ns.RIM, "Slot")) {
          if (slot.getAttribute("name").equals(name)) {
            Xml.descendant(slot, Ns.RIM, "Value").orElseThrow().setTextContent(value);
          }
        }
      }
    }
  }

  private static SimulatorResponse post(DmpSimulator sim, byte[][] request) {
    return sim.handle("POST", "/repository",
        new String(request[0], StandardCharsets.US_ASCII), request[1]);
  }

  private static RegistryResponse registryResponse(SimulatorResponse r) {
    return RegistryResponse.read(Soap.payload(Xml.parse(r.body())).orElseThrow());
  }

  @Test
  void resignedSampleIsAcceptedWithFullSignatureChecks() {
    SimulatorResponse r = post(simulator(), resigned(signer, false, false));
    assertThat(registryResponse(r).errors()).isEmpty();
    assertThat(registryResponse(r).isSuccess()).isTrue();
  }

  @Test
  void kosChangedAfterSigningIsRefused() {
    RegistryResponse rr = registryResponse(post(simulator(), resigned(signer, true, false)));
    assertThat(rr.errors()).extracting(RegistryError::errorCode).containsExactlyInAnyOrder(
        ErrorCodes.NON_IDENTICAL_HASH, ErrorCodes.REPOSITORY_METADATA);
    assertThat(rr.errors()).anySatisfy(e -> assertThat(e.codeContext())
        .contains("manifest digest differs"));
  }

  @Test
  void alteredSignatureDocumentIsRefused() {
    RegistryResponse rr = registryResponse(post(simulator(), resigned(signer, false, true)));
    assertThat(rr.errors()).singleElement().satisfies(e -> {
      assertThat(e.errorCode()).isEqualTo(ErrorCodes.REPOSITORY_METADATA);
      assertThat(e.codeContext()).startsWith("signature:");
    });
  }

  @Test
  void vihfSignedByAnUntrustedKeyIsAnAuthenticationFault() {
    TestPki rogue = new TestPki("Rogue CA");
    SimulatorResponse r = post(simulator(), resigned(rogue.signer(TestPki.SIGNER_DN), false,
        false));
    assertThat(r.status()).isEqualTo(400);
    assertThat(Soap.readFault(Xml.parse(r.body())).orElseThrow().subcode())
        .isEqualTo(ErrorCodes.FAILED_AUTHENTICATION);
  }
}
