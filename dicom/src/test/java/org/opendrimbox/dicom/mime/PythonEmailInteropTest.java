package org.opendrimbox.dicom.mime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.dicom.io.ExternalTools;

/** Our multipart/related output parsed by an independent MIME implementation (Python's email package). */
class PythonEmailInteropTest {

  private static final String SCRIPT = String.join("\n",
      "import sys, hashlib",
      "from email.parser import BytesParser",
      "from email import policy",
      "data = open(sys.argv[1], 'rb').read()",
      "msg = BytesParser(policy=policy.HTTP).parsebytes(data)",
      "print(msg.get_content_type(), msg.get_param('type'))",
      "for part in msg.iter_parts():",
      "    body = part.get_payload(decode=True)",
      "    print(part.get_content_type(), part['Content-Location'], len(body), hashlib.sha256(body).hexdigest())",
      "");

  @TempDir
  Path dir;

  @Test
  void pythonParsesWhatWeWrite() throws Exception {
    ExternalTools.require("python3", "python3");
    String boundary = MultipartWriter.newBoundary();
    MediaType type = MediaType.MULTIPART_RELATED.withParameter("type", "application/dicom")
        .withParameter("boundary", boundary);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(("Content-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    MultipartWriter w = new MultipartWriter(out, boundary);
    Random rnd = new Random(11);
    byte[][] bodies = {new byte[70_000], "\r\n--\r\n".getBytes(StandardCharsets.US_ASCII), new byte[1]};
    rnd.nextBytes(bodies[0]);
    StringBuilder expected = new StringBuilder("multipart/related application/dicom\n");
    for (int i = 0; i < bodies.length; i++) {
      try (OutputStream p = w.nextPart("application/dicom", "/studies/1/instances/" + i)) {
        p.write(bodies[i]);
      }
      expected.append("application/dicom /studies/1/instances/").append(i).append(' ').append(bodies[i].length)
          .append(' ').append(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bodies[i])))
          .append('\n');
    }
    w.finish();
    Path message = dir.resolve("message.mime");
    Files.write(message, out.toByteArray());
    Path script = dir.resolve("parse.py");
    Files.writeString(script, SCRIPT);
    ExternalTools.Result r = ExternalTools.run(dir, "python3", script.toString(), message.toString());
    assertThat(r.status()).as(r.output()).isZero();
    assertThat(r.output()).isEqualTo(expected.toString());
  }
}
