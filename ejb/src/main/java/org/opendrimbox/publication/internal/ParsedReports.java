package org.opendrimbox.publication.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.opendrimbox.intake.Hl7IntakeParser;
import org.opendrimbox.intake.IntakeResult;
import org.opendrimbox.intake.ReportMessage;

/**
 * The stored reports as parsed for their publication tasks, the last {@value #CAPACITY} kept by received
 * message id: the intake leaves the report it has just parsed here ({@link #remember}), a task waiting for its
 * study in the PACS is tried again and again, and a stored message never changes, so it need not be parsed
 * again. A cache only: what is not here (after a restart) is parsed from the row.
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

  /**
   * The intake result of the stored message {@code receivedMessageId}, whose bytes {@code raw} gives (read only
   * when the report is not kept here).
   */
  public IntakeResult of(long receivedMessageId, Supplier<byte[]> raw) {
    synchronized (recent) {
      IntakeResult known = recent.get(receivedMessageId);
      if (known != null) {
        return known;
      }
    }
    IntakeResult parsed = parser.parse(raw.get());
    synchronized (recent) {
      recent.put(receivedMessageId, parsed);
    }
    return parsed;
  }

  /** Keeps the report the intake has just parsed and is storing as {@code receivedMessageId}. */
  public void remember(long receivedMessageId, ReportMessage report) {
    synchronized (recent) {
      recent.put(receivedMessageId, new IntakeResult.Accepted(report));
    }
  }

  /** Parses a stored message without keeping it (rare paths, e.g. withdrawals). */
  public IntakeResult parse(byte[] raw) {
    return parser.parse(raw);
  }
}
