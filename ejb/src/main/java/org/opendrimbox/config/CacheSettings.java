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
 */
public record CacheSettings(Path dir, long maxBytes, Duration retention) {

  /** Default size limit, decimal GB. */
  public static final String DEFAULT_MAX_GB = "50";
  /** Default retention, days. */
  public static final String DEFAULT_RETENTION_DAYS = "30";

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
