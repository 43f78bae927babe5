package org.opendrimbox.xds.rim;

/** An ebRIM external identifier (patientId, uniqueId, sourceId). */
public record ExternalIdentifier(
    String id, String scheme, String registryObject, String value, String name) {}
