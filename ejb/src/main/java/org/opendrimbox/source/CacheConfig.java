package org.opendrimbox.source;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Study cache settings.
 *
 * @param root the cache directory ({@code <data dir>/cache})
 * @param maxBytes size above which least recently used studies are evicted
 * @param retention studies not read for this long are evicted
 */
public record CacheConfig(Path root, long maxBytes, Duration retention) {

  /** Default size limit in GB. */
  public static final double DEFAULT_MAX_GB = 50;
  /** Default retention in days. */
  public static final int DEFAULT_RETENTION_DAYS = 30;

  /** Cache under dataDir/cache with a size limit in GB (decimal) and a retention in days. */
  public static CacheConfig of(Path dataDir, double maxGb, int retentionDays) {
    if (!(maxGb > 0) || retentionDays < 1) {
      throw new IllegalArgumentException("cache size must be > 0 GB and retention >= 1 day");
    }
    return new CacheConfig(dataDir.resolve("cache"), (long) (maxGb * 1_000_000_000L), Duration.ofDays(retentionDays));
  }

  /**
   * Reads {@code DRIMBOX_CACHE_MAX_GB} and {@code DRIMBOX_CACHE_RETENTION_DAYS} from env (or the system properties
   * {@code drimbox.cache-max-gb}, {@code drimbox.cache-retention-days}), with the defaults above; an invalid value
   * fails with IllegalArgumentException naming the variable.
   */
  public static CacheConfig fromEnvironment(Path dataDir, UnaryOperator<String> env, UnaryOperator<String> props) {
    String gb = value(env, props, "DRIMBOX_CACHE_MAX_GB", "drimbox.cache-max-gb", Double.toString(DEFAULT_MAX_GB));
    String days = value(env, props, "DRIMBOX_CACHE_RETENTION_DAYS", "drimbox.cache-retention-days",
        Integer.toString(DEFAULT_RETENTION_DAYS));
    double maxGb;
    int retention;
    try {
      maxGb = Double.parseDouble(gb);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("DRIMBOX_CACHE_MAX_GB='" + gb + "': not a number");
    }
    try {
      retention = Integer.parseInt(days);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("DRIMBOX_CACHE_RETENTION_DAYS='" + days + "': not an integer");
    }
    return of(dataDir, maxGb, retention);
  }

  private static String value(UnaryOperator<String> env, UnaryOperator<String> props, String name, String prop,
      String def) {
    String v = env.apply(name);
    if (v == null) {
      v = props.apply(prop);
    }
    return v == null || v.isBlank() ? def : v.strip();
  }
}
