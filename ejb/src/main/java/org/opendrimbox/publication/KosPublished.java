package org.opendrimbox.publication;

/** CDI event fired when the DMP has accepted a KOS (observed, e.g., by the image cache to prefetch the study). */
public record KosPublished(long taskId, String studyInstanceUid, String kosSopInstanceUid) {}
