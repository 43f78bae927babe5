package org.opendrimbox.intake;

/**
 * An HL7 v3 instance identifier (root OID + extension) of a person or an organisation, e.g. an RPPS
 * {@code 1.2.250.1.71.4.2.1 / 801234560801} or a structure {@code 1.2.250.1.71.4.2.2 / 1750803447}.
 *
 * @param root the OID of the identification scheme
 * @param extension the identifier in that scheme, may be null
 */
public record InstanceId(String root, String extension) {}
