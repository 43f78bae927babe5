package org.opendrimbox.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs an external command to completion with a time limit, output captured. */
public final class Exec {

  /** Exit code and combined output of a finished command. */
  public record Result(int exitCode, String output) {
    public Result assertSuccess(List<String> command) {
      if (exitCode != 0) {
        throw new AssertionError("command failed (" + exitCode + "): " + command + "\n" + output);
      }
      return this;
    }
  }

  private Exec() {}

  public static Result run(List<String> command, Map<String, String> env, Duration timeout) {
    try {
      Path out = Files.createTempFile("exec", ".log");
      try {
        var pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          p.descendants().forEach(ProcessHandle::destroyForcibly);
          p.destroyForcibly();
          throw new AssertionError("command timed out after " + timeout + ": " + command + "\n"
              + Files.readString(out, StandardCharsets.UTF_8));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
      }
    } catch (IOException e) {
      throw new AssertionError("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted running " + command, e);
    }
  }

  public static Result checked(List<String> command, Map<String, String> env, Duration timeout) {
    return run(command, env, timeout).assertSuccess(command);
  }
}
