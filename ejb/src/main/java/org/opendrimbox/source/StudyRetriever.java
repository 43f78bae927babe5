package org.opendrimbox.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Copies a study from the PACS into a directory, series by series in the order a {@link Plan} decides (the series
 * readers are waiting for first), telling the plan about each instance once it is on disk and about each
 * series once the PACS has sent all of it.
 */
@FunctionalInterface
public interface StudyRetriever {

  /**
   * Retrieves study studyUid into files of dir (which and where each instance lies: {@link CachedInstance}); returns
   * when the PACS is done.
   *
   * @throws IOException if the PACS cannot be reached or the retrieval fails
   */
  void retrieve(String studyUid, Path dir, Plan plan) throws IOException;

  /**
   * The progress of one retrieval, shared with the readers of the study. A retriever that does not know the series
   * (never calls {@link #series}) retrieves the whole study at once; its series are then complete with the study.
   */
  interface Plan {

    /** The series of the study as the PACS lists them, before any is retrieved. */
    void series(List<String> seriesUids);

    /** The next series to retrieve (series that readers wait for first), null when every listed one was taken. */
    String nextSeries();

    /** One instance is on disk, complete. */
    void stored(CachedInstance instance);

    /** The PACS has sent every instance of this series. */
    void seriesDone(String seriesUid);
  }
}
