package org.opendrimbox.dmpsim;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.opendrimbox.dmpsim.store.StoredEntry;
import org.opendrimbox.xds.rim.Classification;
import org.opendrimbox.xds.rim.Slot;

/** JSON of the read-only inspection API and of the failure switch. */
final class InspectionJson {

  /** Body of {@code POST /admin/failure}. */
  record FailureRequest(FailureSwitch.Mode mode, long durationSeconds) {}

  private InspectionJson() {}

  static String submissions(List<StoredEntry> entries) {
    JsonArrayBuilder arr = Json.createArrayBuilder();
    for (StoredEntry e : entries) {
      JsonObjectBuilder slots = Json.createObjectBuilder();
      for (Slot s : e.metadata().slots()) {
        slots.add(s.name(), Json.createArrayBuilder(s.values()));
      }
      JsonArrayBuilder classifications = Json.createArrayBuilder();
      for (Classification c : e.metadata().classifications()) {
        JsonObjectBuilder cb = Json.createObjectBuilder().add("scheme", nn(c.scheme()))
            .add("code", nn(c.nodeRepresentation())).add("displayName", nn(c.displayName()));
        JsonObjectBuilder cs = Json.createObjectBuilder();
        c.slots().forEach(s -> cs.add(s.name(), Json.createArrayBuilder(s.values())));
        classifications.add(cb.add("slots", cs));
      }
      JsonObjectBuilder ext = Json.createObjectBuilder();
      e.metadata().externalIdentifiers().forEach(x -> ext.add(x.scheme(), x.value()));
      arr.add(Json.createObjectBuilder()
          .add("uniqueId", e.uniqueId())
          .add("entryUUID", e.entryUuid())
          .add("patientId", e.patientId())
          .add("status", nn(e.status()))
          .add("submissionSetUniqueId", nn(e.submissionSetUniqueId()))
          .add("storedAt", e.storedAt().toString())
          .add("metadata", Json.createObjectBuilder()
              .add("mimeType", nn(e.metadata().mimeType()))
              .add("title", nn(e.metadata().name()))
              .add("comments", nn(e.metadata().description()))
              .add("slots", slots).add("classifications", classifications)
              .add("externalIdentifiers", ext)));
    }
    return arr.build().toString();
  }

  static FailureRequest failureRequest(byte[] body) {
    try (JsonReader r = Json.createReader(new ByteArrayInputStream(body))) {
      JsonObject o = r.readObject();
      FailureSwitch.Mode mode = FailureSwitch.Mode.valueOf(
          o.getString("mode", "none").toUpperCase(Locale.ROOT));
      return new FailureRequest(mode, o.getJsonNumber("durationSeconds") == null ? 0
          : o.getJsonNumber("durationSeconds").longValue());
    }
  }

  static String failureState(FailureSwitch s) {
    FailureSwitch.Mode m = s.current();
    JsonObjectBuilder b = Json.createObjectBuilder()
        .add("mode", m.name().toLowerCase(Locale.ROOT));
    if (m != FailureSwitch.Mode.NONE) {
      b.add("until", s.until().toString());
    }
    return b.build().toString();
  }

  private static String nn(String s) {
    return s == null ? "" : s;
  }
}
