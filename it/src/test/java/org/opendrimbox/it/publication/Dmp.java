package org.opendrimbox.it.publication;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.opendrimbox.it.support.SharedBox;

/** What the DMP simulator holds, through its read-only inspection API. */
final class Dmp {

  private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private Dmp() {}

  static List<JsonObject> submissions() {
    String body = SharedBox.server().get(SharedBox.dmpSimulator() + "/submissions").orElseThrow();
    return Json.createReader(new StringReader(body)).readArray().stream().map(JsonValue::asJsonObject).toList();
  }

  /** The KOS entries (not their signatures) whose metadata mention {@code text}, e.g. a Study Instance UID. */
  static List<JsonObject> kosAbout(String text) {
    return submissions().stream().filter(s -> "application/dicom".equals(mimeType(s)))
        .filter(s -> s.toString().contains(text)).toList();
  }

  static List<JsonObject> awaitKos(String text, Predicate<List<JsonObject>> until, Duration timeout) {
    Instant end = Instant.now().plus(timeout);
    List<JsonObject> found = kosAbout(text);
    while (!until.test(found) && Instant.now().isBefore(end)) {
      sleep(500);
      found = kosAbout(text);
    }
    return found;
  }

  private static String mimeType(JsonObject submission) {
    return submission.getJsonObject("metadata").getString("mimeType", "");
  }

  static byte[] document(String uniqueId) throws Exception {
    HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create(SharedBox.dmpSimulator() + "/documents/"
        + uniqueId)).build(), HttpResponse.BodyHandlers.ofByteArray());
    if (r.statusCode() != 200) {
      throw new AssertionError("document " + uniqueId + ": HTTP " + r.statusCode());
    }
    return r.body();
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
