package org.opendrimbox.dicom.net.service;

import java.util.Iterator;
import org.opendrimbox.dicom.data.Attributes;

/** The matches of a C-FIND, produced one at a time; closed when the query ends (normally, cancelled or failed). */
public interface QueryTask extends Iterator<Attributes>, AutoCloseable {
  @Override
  default void close() {
  }

  /** A task over matches already in memory. */
  static QueryTask of(Iterable<Attributes> matches) {
    Iterator<Attributes> it = matches.iterator();
    return new QueryTask() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Attributes next() {
        return it.next();
      }
    };
  }
}
