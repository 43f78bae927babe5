package org.opendrimbox.dicom.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.net.pdu.HexFixtures;
import org.opendrimbox.dicom.net.pdu.PduDecoder;
import org.opendrimbox.dicom.net.pdu.PduFormatException;
import org.opendrimbox.dicom.net.service.BasicCEchoScp;
import org.opendrimbox.dicom.net.service.DicomServiceRegistry;

/**
 * Property test: random and mutated bytes given to the PDU decoder, the PDV reader, the command decoder and a live
 * acceptor socket end in an IOException or a closed connection, never in another exception, a hang or a large
 * allocation (the acceptor then still serves a valid C-ECHO).
 */
@Timeout(120)
class FuzzTest {
  private static final String[] FIXTURES = {"associate-rq.hex", "associate-ac.hex", "dcmtk-echoscu-rq.hex",
      "p-data-echo-rq.hex", "abort.hex", "release-rq.hex"};

  private static byte[] mutate(byte[] b, Random rnd) {
    byte[] m = b.clone();
    int edits = 1 + rnd.nextInt(6);
    for (int i = 0; i < edits && m.length > 0; i++) {
      switch (rnd.nextInt(4)) {
        case 0 -> m[rnd.nextInt(m.length)] = (byte) rnd.nextInt(256);
        case 1 -> m[rnd.nextInt(m.length)] = (byte) 0xFF;
        case 2 -> m = java.util.Arrays.copyOf(m, rnd.nextInt(m.length + 1));
        default -> m[rnd.nextInt(m.length)] ^= (byte) (1 << rnd.nextInt(8));
      }
    }
    return m;
  }

  @Test
  void decodersOnlyThrowPduFormatException() {
    Random rnd = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      byte[] pdu = mutate(HexFixtures.read(FIXTURES[i % FIXTURES.length]), rnd);
      byte[] body = pdu.length > 6 ? HexFixtures.body(pdu) : new byte[0];
      assertThatCode(() -> {
        try {
          PduDecoder.decodeRQ(body);
        } catch (PduFormatException expected) {
          // clean failure
        }
        try {
          PduDecoder.decodeAC(body);
        } catch (PduFormatException expected) {
          // clean failure
        }
      }).doesNotThrowAnyException();
    }
  }

  @Test
  void pduAndCommandReadersOnlyThrowIoExceptions() {
    Random rnd = new Random(7);
    for (int i = 0; i < 20_000; i++) {
      byte[] bytes = i % 3 == 0 ? randomBytes(rnd) : mutate(HexFixtures.read(FIXTURES[i % FIXTURES.length]), rnd);
      assertThatCode(() -> readAll(bytes)).doesNotThrowAnyException();
    }
  }

  private static byte[] randomBytes(Random rnd) {
    byte[] b = new byte[rnd.nextInt(200)];
    rnd.nextBytes(b);
    return b;
  }

  private static void readAll(byte[] bytes) {
    PduInput in = new PduInput(new ByteArrayInputStream(bytes));
    try {
      for (int guard = 0; guard < 1000; guard++) {
        if (!in.nextPdv()) {
          continue;
        }
        byte[] v = new byte[4096];
        int n = Math.max(0, in.readPdv(v, 0, v.length));
        in.skipPdv();
        CommandCodec.decode(v, n);
      }
    } catch (IOException expected) {
      // clean failure (EOF, PduFormatException)
    }
  }

  @Test
  void acceptorSurvivesGarbage() throws Exception {
    ExecutorService executor = Executors.newCachedThreadPool();
    ConnectionSettings settings = ConnectionSettings.defaults().withTimeouts(2000, 100, 1000, 1000, 1000);
    try (Device device = new Device("fuzz", settings, executor)) {
      AeListener l = device.listen(new LocalAe("SCP", List.of(TransferCapability.scp(UID.Verification,
          UID.ImplicitVRLittleEndian)), Set.of()), "127.0.0.1", 0, new DicomServiceRegistry().add(new BasicCEchoScp()));
      Random rnd = new Random(3);
      for (int i = 0; i < 60; i++) {
        byte[] garbage = i % 2 == 0 ? randomBytes(rnd) : mutate(HexFixtures.read(FIXTURES[i % 3]), rnd);
        try (Socket s = new Socket("127.0.0.1", l.port())) {
          s.setSoTimeout(10_000);
          OutputStream out = s.getOutputStream();
          out.write(garbage);
          out.flush();
          InputStream in = s.getInputStream();
          // the acceptor answers (AC, RJ or A-ABORT) and/or closes: reading must reach EOF, not block
          byte[] sink = new byte[8192];
          long total = 0;
          int n;
          try {
            while ((n = in.read(sink)) >= 0 && total < 1_000_000) {
              total += n;
              if (total > 0 && looksLikeAc(sink)) {
                s.getOutputStream().write(new byte[] {7, 0, 0, 0, 0, 4, 0, 0, 0, 0}); // abort ours
              }
            }
          } catch (IOException reset) {
            // connection reset by the acceptor is a clean end too
          }
        }
      }
      try (Device check = new Device("check", ConnectionSettings.defaults(), executor)) {
        Association as = check.connect(new RemoteAe("SCP", "127.0.0.1", l.port()), new AssociationRequest("SCU",
            "SCP").addPresentationContext(UID.Verification, UID.ImplicitVRLittleEndian), null);
        assertThat(Commands.status(Dimses.echo(as).finalResponse())).isEqualTo(Status.Success);
        as.release();
      }
    } finally {
      executor.shutdownNow();
    }
  }

  private static boolean looksLikeAc(byte[] b) {
    return b[0] == 2 && b[1] == 0;
  }
}
