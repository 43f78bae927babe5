package org.opendrimbox.xds.soap;

/** One MIME part of an MTOM message, identified by its Content-ID (without angle brackets). */
public record Attachment(String contentId, String contentType, byte[] bytes) {}
