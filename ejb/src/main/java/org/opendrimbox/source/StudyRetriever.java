package org.opendrimbox.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Copies a whole study from the PACS into a directory, telling about each instance once its file is complete. */
@FunctionalInterface
public interface StudyRetriever {

  /**
   * Retrieves study studyUid into dir (files named {@code <SOP Instance UID>.dcm}); returns when the PACS is done.
   *
   * @throws IOException if the PACS cannot be reached or the retrieval fails
   */
  void retrieve(String studyUid, Path dir, Consumer<CachedInstance> onStored) throws IOException;
}
