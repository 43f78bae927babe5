package org.opendrimbox.xds.testpki;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Runs Debian's {@code xmlsec1 --verify} as an independent verifier (fails if not installed). */
public final class Xmlsec1 {

  /** Result of one run. */
  public record Result(int exitCode, String output) {}

  private Xmlsec1() {}

  /**
   * Verifies a signature document against a trusted CA PEM. IHE DSG manifest references
   * ({@code urn:oid:}) are application-checked, so xmlsec1 is told not to dereference them; the
   * manifest element itself is still covered by a SignedInfo reference.
   */
  public static Result verify(byte[] signatureXml, String caPem, Path workDir)
      throws IOException, InterruptedException {
    Path sig = Files.write(workDir.resolve("signature.xml"), signatureXml);
    Path ca = Files.writeString(workDir.resolve("ca.pem"), caPem);
    Process p = new ProcessBuilder("xmlsec1", "--verify", "--trusted-pem", ca.toString(),
        "--ignore-manifests", "--enabled-reference-uris", "same-doc", sig.toString())
        .redirectErrorStream(true).start();
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("xmlsec1 did not finish");
      }
      return new Result(p.exitValue(),
          new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    } finally {
      p.destroyForcibly();
    }
  }
}
