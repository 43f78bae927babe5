package org.opendrimbox.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/** The box's audit trail through the read-only admin route {@code GET /drimbox/api/admin/audit}. */
public final class AuditReader {

  private AuditReader() {}

  /** The newest records of one type on the shared box (newest first). */
  public static List<JsonObject> byType(String type) {
    return byType(SharedBox.server(), type);
  }

  /** The newest records of one type on {@code server} (newest first). */
  public static List<JsonObject> byType(WildFlyServer server, String type) {
    String body = server.get(server.httpBase() + "/drimbox/api/admin/audit?type=" + type
        + "&max=1000").orElseThrow(() -> new AssertionError("audit route does not answer"));
    return Json.createReader(new StringReader(body)).readArray().stream().map(JsonValue::asJsonObject).toList();
  }

  /**
   * The first record of {@code type} matching {@code what}; waits a little because the audit row is written
   * after the answer may have left.
   */
  public static JsonObject await(String type, Predicate<JsonObject> what, String description) {
    return await(SharedBox.server(), type, what, description);
  }

  /** The same on {@code server}. */
  public static JsonObject await(WildFlyServer server, String type, Predicate<JsonObject> what, String description) {
    Instant end = Instant.now().plusSeconds(10);
    List<JsonObject> found = byType(server, type);
    while (found.stream().noneMatch(what) && Instant.now().isBefore(end)) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      found = byType(server, type);
    }
    List<JsonObject> last = found;
    return last.stream().filter(what).findFirst().orElseThrow(() -> new AssertionError(
        "no " + type + " audit record " + description + " among " + last.subList(0, Math.min(5, last.size()))));
  }

  /** A predicate on outcome, resource and the start of the reason. */
  public static Predicate<JsonObject> record(String outcome, String resource, String reasonPrefix) {
    return o -> outcome.equals(o.getString("outcome", "")) && resource.equals(o.getString("resource", ""))
        && o.getString("reason", "").startsWith(reasonPrefix);
  }
}
