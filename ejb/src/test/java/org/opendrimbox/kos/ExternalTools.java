package org.opendrimbox.kos;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the DICOM validators (dicom3tools, dcmtk) on a file; a missing tool fails the test, never skips it. */
public final class ExternalTools {

  private ExternalTools() {}

  public record Result(int exit, String output) {}

  public static String require(String tool, String debianPackage) {
    List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
    dirs.addAll(List.of("/usr/bin", "/usr/local/bin"));
    for (String d : dirs) {
      Path p = Path.of(d.isEmpty() ? "." : d, tool);
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return fail(tool + " not found on PATH: the KOS tests need it (apt-get install " + debianPackage + ")");
  }

  /** Runs {@code cmd} to completion (60 s at most), output and error merged. */
  public static Result run(List<String> cmd, Path workDir) throws IOException, InterruptedException {
    Path log = Files.createTempFile(workDir, "tool", ".log");
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        fail("timeout: " + String.join(" ", cmd));
      }
    } finally {
      p.destroyForcibly();
    }
    return new Result(p.exitValue(), new String(Files.readAllBytes(log), StandardCharsets.UTF_8));
  }
}
