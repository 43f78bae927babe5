package org.opendrimbox.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One auditable fact. Fire it as a CDI event ({@code @Inject Event<AuditRecord>}) or pass it to
 * {@link AuditTrail#record}. Never put a patient identifier in {@code actorId}, and no PHI in {@code reason}.
 *
 * @param occurredAt when it happened
 * @param type what happened, UPPER_SNAKE_CASE, e.g. {@link #PEER_ACCESS}
 * @param outcome success or failure
 * @param actorId the acting professional (RPPS / national PS identifier) or system, may be null
 * @param peerDn subject DN of the peer's TLS certificate, may be null
 * @param resource what was accessed (request path, document id), may be null
 * @param reason why (refusal reason, error), may be null
 */
public record AuditRecord(Instant occurredAt, String type, AuditOutcome outcome, String actorId, String peerDn,
    String resource, String reason) {

  /** A peer (or viewer) asked for images: ITI-43-like image access (DB.SO.46 / DB.SO.47). */
  public static final String PEER_ACCESS = "PEER_ACCESS";
  /** The whitelist was (re)loaded or refused. */
  public static final String WHITELIST_LOAD = "WHITELIST_LOAD";

  private static final Pattern TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  public AuditRecord {
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(outcome, "outcome");
    if (type == null || !TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException("audit type must be UPPER_SNAKE_CASE, at most 64 characters: " + type);
    }
  }
}
