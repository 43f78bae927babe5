package org.opendrimbox.source;

import java.io.IOException;

/**
 * The instances of one study as they become available in the cache (all at once when the study is cached, one by
 * one while the PACS sends them). The study stays in the cache until the feed is closed.
 */
public interface StudyFeed extends AutoCloseable {

  /**
   * The next instance, waiting for the PACS if needed; null when the study is complete.
   *
   * @throws SourceException UNAVAILABLE if the retrieval from the PACS failed
   */
  CachedInstance next() throws IOException;

  @Override
  void close();
}
