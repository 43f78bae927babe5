package org.opendrimbox.publication.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opendrimbox.intake.Hl7IntakeParser;
import org.opendrimbox.intake.IntakeResult;

/**
 * The stored reports parsed again for their publication tasks, the last {@value #CAPACITY} kept by received
 * message id: a task waiting for its study in the PACS is tried again and again, and a stored message never
 * changes, so its parse need not be repeated. A cache only: what is not here is parsed from the row.
 */
@ApplicationScoped
public class ParsedReports {

  static final int CAPACITY = 4096;

  private final Hl7IntakeParser parser = new Hl7IntakeParser();

  private final Map<Long, IntakeResult> recent = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, IntakeResult> eldest) {
      return size() > CAPACITY;
    }
  };

  /** The intake result of the stored message {@code receivedMessageId} whose bytes are {@code raw}. */
  public IntakeResult of(long receivedMessageId, byte[] raw) {
    synchronized (recent) {
      IntakeResult known = recent.get(receivedMessageId);
      if (known != null) {
        return known;
      }
    }
    IntakeResult parsed = parser.parse(raw);
    synchronized (recent) {
      recent.put(receivedMessageId, parsed);
    }
    return parsed;
  }

  /** Parses a stored message without keeping it (rare paths, e.g. withdrawals). */
  public IntakeResult parse(byte[] raw) {
    return parser.parse(raw);
  }
}
