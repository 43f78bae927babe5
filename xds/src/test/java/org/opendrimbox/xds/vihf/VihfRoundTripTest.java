package org.opendrimbox.xds.vihf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opendrimbox.xds.sign.SignatureProfile;
import org.opendrimbox.xds.sign.XmlSignatureException;
import org.opendrimbox.xds.soap.Soap;
import org.opendrimbox.xds.testpki.TestPki;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Document;

class VihfRoundTripTest {
  static final TestPki PKI = new TestPki("VIHF CA");
  static final TestPki.Entity SIGNER = PKI.signer(TestPki.SIGNER_DN);

  static Vihf sample() {
    return new Vihf("a-1", Instant.parse("2026-01-02T09:00:00Z"), TestPki.SIGNER_DN,
        "899700367909", "KIT DOC0036790",
        List.of(new Vihf.Role("10", "1.2.250.1.71.1.2.7", "Medecin"),
            new Vihf.Role("SM44", "1.2.250.1.71.4.2.5", "Radiodiagnostic")),
        "SA01^1.2.250.1.71.4.2.4", "499700367909006",
        new Vihf.Lps("01.12.12", "OpenDRIMbox", "0.1.0", "TEST-HOMOLOGATION"),
        "162018885045327^^^&1.2.250.1.213.1.4.10&ISO^NH", Vihf.INDIRECT, Vihf.TLS_CLIENT,
        "normal");
  }

  private static byte[] signedEnvelope() {
    Document env = Soap.request("urn:test", "https://dmp.example/repository");
    new VihfWriter(SIGNER.signingKey(), SignatureProfile.RSA_SHA1)
        .write(Soap.security(env, true).orElseThrow(), sample());
    return Xml.toBytes(env);
  }

  @Test
  void everyFieldSurvivesAndTheSignatureVerifies() {
    Document parsed = Xml.parse(signedEnvelope());
    VihfReader.Parsed p = VihfReader.read(Soap.security(parsed, false).orElseThrow())
        .orElseThrow();
    assertThat(p.vihf()).isEqualTo(sample());
    assertThat(VihfReader.verify(p)).isEqualTo(SIGNER.certificate());
  }

  @Test
  void alteredAssertionFailsVerification() {
    String xml = new String(signedEnvelope(), StandardCharsets.UTF_8)
        .replace(">899700367909<", ">899700367910<");
    Document parsed = Xml.parse(xml.getBytes(StandardCharsets.UTF_8));
    VihfReader.Parsed p = VihfReader.read(Soap.security(parsed, false).orElseThrow())
        .orElseThrow();
    assertThat(p.vihf().nameId()).isEqualTo("899700367910");
    assertThatThrownBy(() -> VihfReader.verify(p)).isInstanceOf(XmlSignatureException.class);
  }

  @Test
  void officialSampleAssertionIsReadable() throws Exception {
    byte[] sample = getClass().getResourceAsStream("/samples/validateur-XDS.xml").readAllBytes();
    Document doc = Xml.parse(sample);
    VihfReader.Parsed p = VihfReader.read(Soap.security(doc, false).orElseThrow()).orElseThrow();
    assertThat(p.vihf().nameId()).isEqualTo("899700367909");
    assertThat(p.vihf().authenticationMode()).isEqualTo("INDIRECTE");
    assertThat(p.vihf().authnContextClass()).isEqualTo(Vihf.TLS_CLIENT);
    assertThat(p.vihf().roles()).extracting(Vihf.Role::code).containsExactly("10", "SM26");
    assertThat(p.vihf().purposeOfUse()).isEqualTo("normal");
    assertThat(p.signature()).isNotNull();
    assertThat(p.certificate()).isNull();
  }
}
