package org.opendrimbox.platform;

import java.time.Instant;

/** A life-cycle event of the box, as shown by the admin API. */
public record BoxEventView(String type, Instant occurredAt, String node, String detail) {}
