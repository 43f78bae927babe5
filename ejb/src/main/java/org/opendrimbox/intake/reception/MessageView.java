package org.opendrimbox.intake.reception;

import java.time.Instant;

/** A received message as the admin API shows it: header and verdict, no content (no patient data). */
public record MessageView(
    long id,
    Instant receivedAt,
    String channel,
    String controlId,
    String messageType,
    String sendingApplication,
    String status,
    String ackCode,
    Integer errorCode,
    String errorText,
    String eventKind,
    boolean countedInT) {}
