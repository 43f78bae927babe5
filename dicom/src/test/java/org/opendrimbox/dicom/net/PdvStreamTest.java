package org.opendrimbox.dicom.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.net.pdu.HexFixtures;
import org.opendrimbox.dicom.net.pdu.PduType;

/** PDV fragmentation and reassembly, and the byte-exact P-DATA-TF of a command. */
class PdvStreamTest {
  @Test
  void echoCommandIsOnePdvMatchingTheFixture() throws Exception {
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    PDVOutputStream out = new PDVOutputStream(wire, new byte[16384 + 6], 1, true);
    out.write(CommandCodec.encode(Commands.mkEchoRQ(7)));
    out.close();
    byte[] fixture = HexFixtures.read("p-data-echo-rq.hex");
    assertThat(wire.toByteArray()).isEqualTo(fixture);

    PduInput in = new PduInput(new ByteArrayInputStream(fixture));
    assertThat(in.nextPdv()).isTrue();
    assertThat(in.isCommand()).isTrue();
    assertThat(in.isLast()).isTrue();
    byte[] cmd = new byte[100];
    int n = in.readPdv(cmd, 0, cmd.length);
    Attributes rq = CommandCodec.decode(cmd, n);
    assertThat(rq.getString(Tag.AffectedSOPClassUID)).isEqualTo(UID.Verification);
    assertThat(rq.getInt(Tag.MessageID, 0)).isEqualTo(7);
    assertThat(Commands.dimse(rq)).isEqualTo(Dimse.C_ECHO_RQ);
    assertThat(Commands.hasDataset(rq)).isFalse();
  }

  @Test
  void commandVrTableAgreesWithTheDictionary() {
    int[] elements = {0x0000, 0x0002, 0x0003, 0x0100, 0x0110, 0x0120, 0x0600, 0x0700, 0x0800, 0x0900, 0x0901, 0x0902,
        0x0903, 0x1000, 0x1001, 0x1002, 0x1005, 0x1008, 0x1020, 0x1021, 0x1022, 0x1023, 0x1030, 0x1031};
    for (int e : elements) {
      assertThat(CommandCodec.vrOf(e)).as(Tag.toString(e))
          .isEqualTo(org.opendrimbox.dicom.data.ElementDictionary.vrOf(e));
    }
  }

  @Test
  void dataIsFragmentedToTheMaximumLengthAndReassembled() throws Exception {
    byte[] data = new byte[50_000];
    new Random(1).nextBytes(data);
    int maxPdu = 4096;
    ByteArrayOutputStream wire = new ByteArrayOutputStream();
    PDVOutputStream out = new PDVOutputStream(wire, new byte[maxPdu + 6], 3, false);
    out.write(data, 0, 123);
    out.copyFrom(new ByteArrayInputStream(data, 123, data.length - 123));
    out.close();
    byte[] w = wire.toByteArray();
    int pdus = 0;
    int lastFlags = 0;
    for (int pos = 0; pos < w.length; pdus++) {
      assertThat(w[pos]).isEqualTo((byte) PduType.P_DATA_TF);
      int len = ((w[pos + 2] & 0xFF) << 24) | ((w[pos + 3] & 0xFF) << 16) | ((w[pos + 4] & 0xFF) << 8)
          | (w[pos + 5] & 0xFF);
      assertThat(len).isLessThanOrEqualTo(maxPdu);
      assertThat(w[pos + 10]).isEqualTo((byte) 3);
      lastFlags += (w[pos + 11] & 2) != 0 ? 1 : 0;
      assertThat(w[pos + 11] & 2).isEqualTo(pos + 6 + len == w.length ? 2 : 0);
      pos += 6 + len;
    }
    assertThat(pdus).isEqualTo((data.length + maxPdu - 7) / (maxPdu - 6));
    assertThat(lastFlags).isEqualTo(1);

    PduInput in = new PduInput(new ByteArrayInputStream(w));
    PDVInputStream pdv = new PDVInputStream(null, in, 3, UID.ExplicitVRLittleEndian);
    ByteArrayOutputStream back = new ByteArrayOutputStream();
    assertThat(pdv.copyTo(back)).isEqualTo(data.length);
    assertThat(back.toByteArray()).isEqualTo(data);
    assertThat(pdv.isComplete()).isTrue();
  }
}
