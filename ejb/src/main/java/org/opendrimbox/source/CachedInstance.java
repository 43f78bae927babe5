package org.opendrimbox.source;

import java.nio.file.Path;

/**
 * One instance held in the study cache (a Part 10 file as the PACS sent it).
 *
 * @param seriesUid Series Instance UID
 * @param sopInstanceUid SOP Instance UID
 * @param sopClassUid SOP Class UID
 * @param transferSyntax the stored transfer syntax
 * @param size file size in bytes
 * @param file the Part 10 file
 */
public record CachedInstance(String seriesUid, String sopInstanceUid, String sopClassUid, String transferSyntax,
    long size, Path file) {}
