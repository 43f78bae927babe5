package org.opendrimbox.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DRIMBOX_CACHE_MAX_GB and DRIMBOX_CACHE_RETENTION_DAYS: defaults, precedence, validation. */
class CacheConfigTest {

  private static CacheConfig load(Map<String, String> env, Map<String, String> props) {
    return CacheConfig.fromEnvironment(Path.of("/data"), env::get, props::get);
  }

  @Test
  void defaults() {
    CacheConfig c = load(Map.of(), Map.of());
    assertThat(c.root()).isEqualTo(Path.of("/data/cache"));
    assertThat(c.maxBytes()).isEqualTo(50_000_000_000L);
    assertThat(c.retention()).isEqualTo(Duration.ofDays(30));
  }

  @Test
  void environmentWinsOverSystemProperties() {
    CacheConfig c = load(Map.of("DRIMBOX_CACHE_MAX_GB", "0.5"),
        Map.of("drimbox.cache-max-gb", "7", "drimbox.cache-retention-days", "3"));
    assertThat(c.maxBytes()).isEqualTo(500_000_000L);
    assertThat(c.retention()).isEqualTo(Duration.ofDays(3));
  }

  @Test
  void invalidValuesNameTheVariable() {
    assertThatThrownBy(() -> load(Map.of("DRIMBOX_CACHE_MAX_GB", "lots"), Map.of()))
        .hasMessageContaining("DRIMBOX_CACHE_MAX_GB");
    assertThatThrownBy(() -> load(Map.of("DRIMBOX_CACHE_RETENTION_DAYS", "1.5"), Map.of()))
        .hasMessageContaining("DRIMBOX_CACHE_RETENTION_DAYS");
    assertThatThrownBy(() -> load(Map.of("DRIMBOX_CACHE_MAX_GB", "0"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> load(Map.of("DRIMBOX_CACHE_RETENTION_DAYS", "0"), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
