package org.opendrimbox.dicom.io;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the dcmtk and dicom3tools command-line tools from tests; a missing tool fails the test (CI installs them). */
public final class ExternalTools {

  /** Exit status and merged stdout/stderr of a tool run. */
  public record Result(int status, String output) {}

  private ExternalTools() {}

  /** Fails the test with a clear message if the tool is not on the PATH. */
  public static void require(String tool, String debianPackage) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, tool))) {
        return;
      }
    }
    fail(tool + " not found on PATH: install the Debian package '" + debianPackage
        + "' (apt-get install " + debianPackage + "); these interoperability tests must not be skipped");
  }

  /** Runs a tool with a 60 s limit; the process is killed if it does not finish. */
  public static Result run(Path workDir, String... command) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(command));
    Path log = Files.createTempFile(workDir, "tool", ".log");
    Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        fail(String.join(" ", cmd) + " did not finish within 60 s");
      }
      return new Result(p.exitValue(), new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
    } finally {
      p.destroyForcibly();
    }
  }
}
