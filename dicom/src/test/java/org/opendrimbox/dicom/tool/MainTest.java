package org.opendrimbox.dicom.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Command line parsing, help and exit codes (no network). */
class MainTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void everyCommandPrintsItsUsage() {
    for (String cmd : new String[] {"dump", "echo", "find", "get", "move", "store", "storescp"}) {
      out.reset();
      assertThat(run(cmd, "--help")).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("usage: " + cmd);
    }
    out.reset();
    assertThat(run("--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("storescp").contains("C-GET");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("nope")).isEqualTo(2);
    assertThat(run("echo")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("missing option -c/--connect");
    assertThat(run("find", "-c", "NOT-AN-ADDRESS", "-L", "STUDY")).isEqualTo(2);
    assertThat(run("find", "-c", "A@127.0.0.1:104", "-L", "STUDY", "-m", "NoSuchKeyword=1")).isEqualTo(2);
    assertThat(run("store", "-c", "A@127.0.0.1:104", "--bogus")).isEqualTo(2);
  }

  @Test
  void unreachablePeerExitsWithOne() throws Exception {
    int port = ExternalPeers.freePort();
    assertThat(run("echo", "-c", "X@127.0.0.1:" + port, "--connect-timeout", "2000")).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Connection refused");
  }

  @Test
  void commonKeysAgreeWithTheDictionary() {
    for (String kw : new String[] {"QueryRetrieveLevel", "PatientID", "IssuerOfPatientID", "PatientName",
        "PatientBirthDate", "StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "SOPClassUID", "AccessionNumber",
        "StudyDate", "StudyTime", "StudyID", "StudyDescription", "Modality", "ModalitiesInStudy", "SeriesNumber",
        "InstanceNumber", "NumberOfStudyRelatedInstances", "NumberOfSeriesRelatedInstances"}) {
      int tag = Keys.tagOf(kw);
      assertThat(tag).as(kw).isEqualTo(org.opendrimbox.dicom.data.ElementDictionary.tagOf(kw));
      assertThat(Keys.vrOf(tag)).as(kw).isEqualTo(org.opendrimbox.dicom.data.ElementDictionary.vrOf(tag));
    }
  }

  @Test
  void keysBuildTheIdentifier() {
    var keys = Keys.identifier("STUDY", java.util.List.of("PatientID=X", "00080050=A1"),
        java.util.List.of("StudyInstanceUID"));
    assertThat(Keys.line(keys)).isEqualTo("AccessionNumber=A1\tQueryRetrieveLevel=STUDY\tPatientID=X\t"
        + "StudyInstanceUID=");
  }
}
