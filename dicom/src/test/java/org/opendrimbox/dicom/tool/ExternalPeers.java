package org.opendrimbox.dicom.tool;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts and always stops the external processes of the interop tests (Orthanc, dcmtk tools, forked CLI JVMs), all on
 * loopback with dynamic ports. A missing tool is a test failure with an installation hint, never a skip.
 */
final class ExternalPeers implements AutoCloseable {
  private final List<Process> processes = new ArrayList<>();
  private final Thread hook = new Thread(this::destroyAll);

  ExternalPeers() {
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** Absolute path of an executable on PATH (or /usr/sbin), else fails the test. */
  static String require(String tool, String debianPackage) {
    List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)));
    dirs.addAll(List.of("/usr/bin", "/usr/sbin", "/usr/local/bin"));
    for (String d : dirs) {
      Path p = Path.of(d.isEmpty() ? "." : d, tool);
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    return fail(tool + " not found on PATH: the interop tests need it (apt-get install " + debianPackage + ")");
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** Starts a process with TCP_NODELAY=1 (Debian's dcmtk keeps Nagle on otherwise), output to {@code log}. */
  Process start(List<String> cmd, Path log) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().put("TCP_NODELAY", "1");
    Process p = pb.start();
    synchronized (processes) {
      processes.add(p);
    }
    return p;
  }

  /** Runs a command to completion (bounded), returning exit code and output. */
  Result run(List<String> cmd, Path workDir, long timeoutSeconds) throws IOException, InterruptedException {
    Path log = Files.createTempFile(workDir, "run", ".log");
    Process p = start(cmd, log);
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      kill(p);
      fail("timeout after " + timeoutSeconds + " s: " + String.join(" ", cmd) + "\n" + Files.readString(log));
    }
    synchronized (processes) {
      processes.remove(p);
    }
    return new Result(p.exitValue(), Files.readString(log, StandardCharsets.ISO_8859_1));
  }

  /** The forked command line tool: {@code java [jvmArgs] -cp target/classes Main args}. */
  static List<String> cli(List<String> jvmArgs, String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmArgs);
    cmd.add("-cp");
    cmd.add(Path.of("target", "classes").toAbsolutePath().toString());
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** Waits until a loopback TCP port accepts connections, failing after {@code seconds}. */
  static void awaitPort(int port, Process p, Path log, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        fail("process exited early (" + p.exitValue() + "): " + Files.readString(log));
      }
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    fail("port " + port + " not open after " + seconds + " s: " + Files.readString(log));
  }

  static void kill(Process p) {
    p.descendants().forEach(ProcessHandle::destroyForcibly);
    p.destroy();
    try {
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
    }
  }

  private void destroyAll() {
    List<Process> all;
    synchronized (processes) {
      all = new ArrayList<>(processes);
      processes.clear();
    }
    all.forEach(ExternalPeers::kill);
  }

  @Override
  public void close() {
    destroyAll();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }

  /** Exit code and combined output of a finished process. */
  record Result(int exit, String output) {
    Result assertOk(String what) {
      if (exit != 0) {
        fail(what + " exited with " + exit + ":\n" + output);
      }
      return this;
    }
  }
}
