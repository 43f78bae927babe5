package org.opendrimbox.dicom.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Generates synthetic studies with tools/make-study.sh and validates received files with dcmdump and dciodvfy. */
final class Studies {
  private Studies() {
  }

  /** Writes an {@code n}-instance CT study under {@code out}; returns its Study Instance UID. */
  static String make(ExternalPeers peers, Path out, int n, String seed) throws Exception {
    ExternalPeers.require("python3", "python3");
    Path script = Path.of("tools", "make-study.sh").toAbsolutePath();
    assertThat(script).exists();
    ExternalPeers.Result r = peers.run(List.of("bash", "-c", "\"$0\" \"$1\" \"$2\" \"$3\" 2>/dev/null",
        script.toString(), out.toString(), Integer.toString(n), seed), out.getParent(), 300).assertOk("make-study.sh");
    String uid = r.output().trim();
    assertThat(uid).matches("2\\.25\\.\\d+");
    return uid;
  }

  static List<Path> dicomFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".log")).sorted()
          .toList();
    }
  }

  /** Every file passes dcmdump (no error) and dciodvfy (exit 0, no "Error" line). */
  static void validate(ExternalPeers peers, List<Path> files, Path work) throws Exception {
    String dcmdump = ExternalPeers.require("dcmdump", "dcmtk");
    String dciodvfy = ExternalPeers.require("dciodvfy", "dicom3tools");
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      ExternalPeers.Result d = peers.run(List.of(dcmdump, "-q", f.toString()), work, 60).assertOk("dcmdump " + f);
      assertThat(d.output()).as("dcmdump " + f).doesNotContain("E: ");
      ExternalPeers.Result v = peers.run(List.of(dciodvfy, f.toString()), work, 60).assertOk("dciodvfy " + f);
      assertThat(v.output()).as("dciodvfy " + f).doesNotContain("Error");
    }
  }
}
