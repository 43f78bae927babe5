package org.opendrimbox.dicomweb;

import java.io.IOException;
import org.opendrimbox.source.CachedInstance;
import org.opendrimbox.source.SourceException;
import org.opendrimbox.source.StudyFeed;

/**
 * The instances of a study, series or single instance, read from a {@link StudyFeed}: {@link #first()} waits for the
 * first match before the response status is chosen (404 if none), the rest are read while streaming.
 */
final class Selection implements AutoCloseable {

  private final StudyFeed feed;
  private final String seriesUid;
  private final String sopUid;
  private CachedInstance first;
  private boolean firstTaken;
  private boolean ended;

  Selection(StudyFeed feed, String seriesUid, String sopUid) {
    this.feed = feed;
    this.seriesUid = seriesUid;
    this.sopUid = sopUid;
  }

  /** The first matching instance; NOT_FOUND if the study, series or instance has none in the PACS. */
  CachedInstance first() throws IOException {
    if (first == null) {
      first = advance();
      if (first == null) {
        throw new SourceException(SourceException.Reason.NOT_FOUND, sopUid != null
            ? "instance not found in the PACS" : seriesUid != null ? "series not found in the PACS"
            : "study not found in the PACS");
      }
    }
    return first;
  }

  /** The next matching instance (the first one included), null at the end. */
  CachedInstance next() throws IOException {
    if (!firstTaken) {
      firstTaken = true;
      return first();
    }
    return advance();
  }

  private CachedInstance advance() throws IOException {
    if (ended) {
      return null;
    }
    CachedInstance i;
    while ((i = feed.next()) != null) {
      if ((seriesUid == null || seriesUid.equals(i.seriesUid()))
          && (sopUid == null || sopUid.equals(i.sopInstanceUid()))) {
        if (sopUid != null) {
          ended = true; // one instance: do not wait for the rest of the study
        }
        return i;
      }
    }
    ended = true;
    return null;
  }

  @Override
  public void close() {
    feed.close();
  }
}
