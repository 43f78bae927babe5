package org.opendrimbox.dicom.net.pdu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Byte-exact encoding and decoding of the PS3.8 PDUs against hand-built and dcmtk-captured fixtures. */
class PduCodecTest {
  private static final String CT = "1.2.840.10008.5.1.4.1.1.2";
  private static final String ELE = "1.2.840.10008.1.2.1";
  private static final String ILE = "1.2.840.10008.1.2";
  private static final String VERIFICATION = "1.2.840.10008.1.1";

  static AAssociateRQ sampleRQ() {
    return new AAssociateRQ("STORESCP", "DRIMBOX", AAssociateRQ.DICOM_APPLICATION_CONTEXT,
        List.of(PresentationContext.rq(1, CT, ELE, ILE), PresentationContext.rq(3, VERIFICATION, ILE)),
        new UserInformation(16384, "1.2.3.4.5", "TEST_1", List.of(new RoleSelection(CT, false, true)), -1, -1));
  }

  static AAssociateAC sampleAC() {
    return new AAssociateAC("STORESCP", "DRIMBOX", AAssociateRQ.DICOM_APPLICATION_CONTEXT,
        List.of(PresentationContext.ac(1, PresentationContext.ACCEPTANCE, ELE),
            PresentationContext.ac(3, PresentationContext.ABSTRACT_SYNTAX_NOT_SUPPORTED, ILE)),
        new UserInformation(131072, "1.2.3.4.6", "TEST_2", List.of(new RoleSelection(CT, false, true)), -1, -1));
  }

  @Test
  void associateRqEncodesByteExact() {
    assertThat(PduEncoder.encode(sampleRQ())).isEqualTo(HexFixtures.read("associate-rq.hex"));
  }

  @Test
  void associateRqDecodesToTheSameValue() throws Exception {
    AAssociateRQ rq = PduDecoder.decodeRQ(HexFixtures.body(HexFixtures.read("associate-rq.hex")));
    assertThat(rq).isEqualTo(sampleRQ());
    assertThat(rq.presentationContext(1).transferSyntaxes()).containsExactly(ELE, ILE);
    assertThat(rq.userInformation().roleSelection(CT).scp()).isTrue();
  }

  @Test
  void associateAcRoundTripsByteExact() throws Exception {
    byte[] fixture = HexFixtures.read("associate-ac.hex");
    assertThat(PduEncoder.encode(sampleAC())).isEqualTo(fixture);
    AAssociateAC ac = PduDecoder.decodeAC(HexFixtures.body(fixture));
    assertThat(ac).isEqualTo(sampleAC());
    assertThat(ac.presentationContext(1).isAccepted()).isTrue();
    assertThat(ac.presentationContext(3).result()).isEqualTo(PresentationContext.ABSTRACT_SYNTAX_NOT_SUPPORTED);
  }

  @Test
  void fixedLengthPdus() throws Exception {
    AAssociateRJ rj = new AAssociateRJ(1, 1, AAssociateRJ.REASON_CALLED_AET_NOT_RECOGNIZED);
    assertThat(PduEncoder.encode(rj)).isEqualTo(HexFixtures.read("associate-rj.hex"));
    assertThat(PduDecoder.decodeRJ(HexFixtures.body(HexFixtures.read("associate-rj.hex")))).isEqualTo(rj);
    AAbort abort = new AAbort(AAbort.SOURCE_PROVIDER, AAbort.REASON_INVALID_PDU_PARAMETER_VALUE);
    assertThat(PduEncoder.encode(abort)).isEqualTo(HexFixtures.read("abort.hex"));
    assertThat(PduDecoder.decodeAbort(HexFixtures.body(HexFixtures.read("abort.hex")))).isEqualTo(abort);
    assertThat(PduEncoder.releaseRQ()).isEqualTo(HexFixtures.read("release-rq.hex"));
    assertThat(PduEncoder.releaseRP()).isEqualTo(HexFixtures.read("release-rp.hex"));
  }

  @Test
  void decodesTheRequestOfDcmtkEchoscu() throws Exception {
    byte[] pdu = HexFixtures.read("dcmtk-echoscu-rq.hex");
    assertThat(pdu[0]).isEqualTo((byte) PduType.A_ASSOCIATE_RQ);
    AAssociateRQ rq = PduDecoder.decodeRQ(HexFixtures.body(pdu));
    assertThat(rq.calledAet()).isEqualTo("ANY-SCP");
    assertThat(rq.callingAet()).isEqualTo("ECHOSCU");
    assertThat(rq.presentationContexts()).containsExactly(PresentationContext.rq(1, VERIFICATION, ILE));
    assertThat(rq.userInformation().maxPduLength()).isEqualTo(16384);
    assertThat(rq.userInformation().implClassUid()).isEqualTo("1.2.276.0.7230010.3.0.3.6.7");
    assertThat(rq.userInformation().implVersionName()).isEqualTo("OFFIS_DCMTK_367");
  }

  @Test
  void truncatedOrInconsistentRequestsFailCleanly() {
    byte[] body = HexFixtures.body(HexFixtures.read("associate-rq.hex"));
    for (int len : new int[] {0, 10, 67, 70, 100, body.length - 1}) {
      assertThatThrownBy(() -> PduDecoder.decodeRQ(Arrays.copyOf(body, len)))
          .isInstanceOf(PduFormatException.class);
    }
    byte[] badItem = body.clone();
    badItem[68 + 3] = (byte) 0xFF; // application context item length beyond the PDU
    assertThatThrownBy(() -> PduDecoder.decodeRQ(badItem)).isInstanceOf(PduFormatException.class)
        .hasMessageContaining("exceeds");
    assertThatThrownBy(() -> PduDecoder.decodeAbort(new byte[3])).isInstanceOf(PduFormatException.class);
  }

  @Test
  void rejectsInvalidValues() {
    assertThatThrownBy(() -> PresentationContext.rq(2, CT, ELE)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AeTitles.check("A\\B")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AeTitles.check("SEVENTEEN_CHARS_X")).isInstanceOf(IllegalArgumentException.class);
  }
}
