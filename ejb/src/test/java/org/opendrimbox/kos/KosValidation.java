package org.opendrimbox.kos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

/** Test helper: dciodvfy (no "Error"), dcmdump (no "E: ") and dsrdump (reads the SR tree) on a KOS file. */
public final class KosValidation {

  private KosValidation() {}

  public static void assertValid(Path file, Path work) throws Exception {
    String dciodvfy = ExternalTools.require("dciodvfy", "dicom3tools");
    String dcmdump = ExternalTools.require("dcmdump", "dcmtk");
    String dsrdump = ExternalTools.require("dsrdump", "dcmtk");
    ExternalTools.Result v = ExternalTools.run(List.of(dciodvfy, "-new", file.toString()), work);
    assertThat(v.output()).as("dciodvfy output").doesNotContain("Error").contains("KeyObjectSelectionDocument");
    ExternalTools.Result d = ExternalTools.run(List.of(dcmdump, "-q", file.toString()), work);
    assertThat(d.exit()).as("dcmdump exit, output:\n" + d.output()).isZero();
    assertThat(d.output()).doesNotContain("E: ");
    ExternalTools.Result s = ExternalTools.run(List.of(dsrdump, file.toString()), work);
    assertThat(s.exit()).as("dsrdump exit, output:\n" + s.output()).isZero();
    assertThat(s.output()).contains("Manifest").contains("Key Object Description").doesNotContain("E: ");
  }
}
