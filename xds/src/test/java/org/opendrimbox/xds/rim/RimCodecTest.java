package org.opendrimbox.xds.rim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opendrimbox.xds.soap.MtomMessage;
import org.opendrimbox.xds.soap.Soap;
import org.opendrimbox.xds.transaction.ProvideAndRegister;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Document;

class RimCodecTest {

  private static ProvideAndRegister sample() throws Exception {
    byte[] xml = RimCodecTest.class.getResourceAsStream("/samples/validateur-XDS.xml")
        .readAllBytes();
    Document doc = Xml.parse(xml);
    return ProvideAndRegister.read(Soap.payload(doc).orElseThrow(),
        new MtomMessage(xml, java.util.Map.of()));
  }

  @Test
  void officialSampleMetadataIsRead() throws Exception {
    ProvideAndRegister par = sample();
    RegistryObjectList list = par.metadata();
    RegistryPackage ss = list.submissionSet().orElseThrow();
    assertThat(ss.externalId(XdsIds.SS_PATIENT_ID))
        .contains("162018885045327^^^&1.2.250.1.213.1.4.10&ISO^NH");
    ExtrinsicObject kos = list.document("DocumentKOS").orElseThrow();
    assertThat(kos.mimeType()).isEqualTo("application/dicom");
    assertThat(kos.codes(XdsIds.DE_FORMAT_CODE)).singleElement()
        .isEqualTo(new Code("1.2.840.10008.5.1.4.1.1.88.59", "1.2.840.10008.2.6.1",
            "Document de Références d'objets d'imagerie selon profil IHE RAD XDS-I"));
    assertThat(kos.slotValues(XdsIds.REFERENCE_ID_LIST)).hasSize(3);
    assertThat(list.associations(XdsIds.SIGNS)).singleElement()
        .extracting(Association::sourceObject).isEqualTo("Signature01");
    assertThat(par.documents()).containsKeys("DocumentKOS", "Signature01");
    assertThat(par.documents().get("DocumentKOS")).isNull();
  }

  @Test
  void writeThenReadIsIdentity() throws Exception {
    RegistryObjectList list = sample().metadata();
    Document doc = Xml.newDocument();
    RimWriter.writeList(doc, list);
    RegistryObjectList again = RimReader.readList(Xml.parse(Xml.toBytes(doc))
        .getDocumentElement());
    assertThat(again).isEqualTo(list);
  }
}
