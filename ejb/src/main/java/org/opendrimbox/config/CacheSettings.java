package org.opendrimbox.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings of the on-disk study cache of the source feature (R28).
 *
 * @param dir the cache directory ({@code DRIMBOX_CACHE_DIR}, default {@code <DRIMBOX_DATA_DIR>/cache})
 * @param maxBytes size above which least recently read studies are evicted ({@code DRIMBOX_CACHE_MAX_GB}, decimal
 *     GB)
 * @param retention studies not read for this long are evicted ({@code DRIMBOX_CACHE_RETENTION_DAYS})
 * @param pacsAssociations associations one retrieval from the PACS opens, 1 to 4 ({@code
 *     DRIMBOX_CACHE_PACS_ASSOCIATIONS})
 */
public record CacheSettings(Path dir, long maxBytes, Duration retention, int pacsAssociations) {

  /** Default associations per retrieval. */
  public static final String DEFAULT_PACS_ASSOCIATIONS = "1";

  /** With the default number of associations per retrieval. */
  public CacheSettings(Path dir, long maxBytes, Duration retention) {
    this(dir, maxBytes, retention, Integer.parseInt(DEFAULT_PACS_ASSOCIATIONS));
  }

  /** Default size limit, decimal GB. */
  public static final String DEFAULT_MAX_GB = "50";
  /** Default retention, days. */
  public static final String DEFAULT_RETENTION_DAYS = "30";

  /** An association count from 1 to 4. */
  static int associations(String s) {
    int n;
    try {
      n = Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number");
    }
    if (n < 1 || n > 4) {
      throw new IllegalArgumentException("must be 1 to 4");
    }
    return n;
  }

  /** Decimal gigabytes (greater than 0) to bytes. */
  static long gigabytes(String s) {
    double gb;
    try {
      gb = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number of GB");
    }
    if (!(gb > 0) || Double.isInfinite(gb)) {
      throw new IllegalArgumentException("must be greater than 0");
    }
    return (long) (gb * 1_000_000_000L);
  }
}
