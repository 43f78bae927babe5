package org.opendrimbox.dicom.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.dicom.data.UID;

/** The quick File Meta scan agrees with the full parser, and streams exactly the data set bytes. */
class Part10FileTest {
  @TempDir
  Path tmp;

  @Test
  void quickScanMatchesTheParser() throws Exception {
    for (Path f : TestFiles.writeStudy(tmp, "1.2.3.4", 3, 1000)) {
      Part10File quick = Part10File.open(f);
      assertThat(quick).isEqualTo(Part10File.parse(f));
      assertThat(quick.sopClassUid()).isEqualTo(UID.CTImageStorage);
      assertThat(quick.transferSyntax()).isEqualTo(UID.ExplicitVRLittleEndian);
      assertThat(quick.sopInstanceUid()).startsWith("1.2.3.4.");
      ByteArrayOutputStream wire = new ByteArrayOutputStream();
      PDVOutputStream out = new PDVOutputStream(wire, new byte[1 << 20], 1, false);
      quick.dataWriter().writeTo(out, quick.transferSyntax());
      out.close();
      byte[] all = Files.readAllBytes(f);
      byte[] w = wire.toByteArray();
      assertThat(java.util.Arrays.copyOfRange(w, 12, w.length))
          .isEqualTo(java.util.Arrays.copyOfRange(all, (int) quick.dataOffset(), all.length));
    }
  }

  @Test
  void fileWithoutMetaInformationIsRefused() throws IOException {
    Path f = tmp.resolve("raw.dcm");
    Files.write(f, new byte[] {8, 0, 0x18, 0, 'U', 'I', 2, 0, '1', 0});
    assertThatThrownBy(() -> Part10File.open(f)).isInstanceOf(IOException.class)
        .hasMessageContaining("File Meta Information");
  }
}
