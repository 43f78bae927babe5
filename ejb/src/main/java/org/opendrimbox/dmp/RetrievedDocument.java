package org.opendrimbox.dmp;

/** A document returned by ITI-43. */
public record RetrievedDocument(String uniqueId, String mimeType, byte[] content) {}
