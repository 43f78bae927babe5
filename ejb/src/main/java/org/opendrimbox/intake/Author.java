package org.opendrimbox.intake;

/**
 * A professional of the CDA header (author or legal authenticator).
 *
 * @param id the RPPS (root 1.2.250.1.71.4.2.1) or other identifier
 * @param specialty assignedAuthor/code (profession / specialty), may be null
 * @param time the time of authoring / signature (HL7 TS), may be null
 * @param organisation the represented organisation, may be null
 */
public record Author(InstanceId id, Code specialty, String time, Organisation organisation) {}
