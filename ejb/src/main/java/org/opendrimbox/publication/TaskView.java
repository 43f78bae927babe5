package org.opendrimbox.publication;

import java.time.Instant;

/** A publication task as the admin API shows it (no patient data). */
public record TaskView(
    long id,
    long receivedMessageId,
    String action,
    String state,
    String studyInstanceUid,
    String accessionNumber,
    int attempts,
    Instant createdAt,
    Instant updatedAt,
    Instant nextAttemptAt,
    Instant completedAt,
    String lastError,
    String kosSopInstanceUid,
    String replacedKosUid) {}
