package org.opendrimbox.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DRIMBOX_CACHE_DIR, DRIMBOX_CACHE_MAX_GB, DRIMBOX_CACHE_RETENTION_DAYS through the settings loader. */
class CacheSettingsTest {

  private static CacheSettings load(Map<String, String> env, Map<String, String> props) {
    return new SettingsLoader(env::get, props::get).load().cache();
  }

  @Test
  void defaultsLiveUnderTheDataDirectory() {
    CacheSettings c = load(Map.of("DRIMBOX_DATA_DIR", "/data"), Map.of());
    assertThat(c.dir()).isEqualTo(Path.of("/data/cache"));
    assertThat(c.maxBytes()).isEqualTo(50_000_000_000L);
    assertThat(c.retention()).isEqualTo(Duration.ofDays(30));
    assertThat(load(Map.of(), Map.of("jboss.server.data.dir", "/srv/data")).dir())
        .isEqualTo(Path.of("/srv/data/drimbox/cache"));
  }

  @Test
  void environmentWinsOverSystemProperties() {
    CacheSettings c = load(Map.of("DRIMBOX_CACHE_MAX_GB", "0.5", "DRIMBOX_CACHE_DIR", "/fast/cache"),
        Map.of("drimbox.cache-max-gb", "7", "drimbox.cache-retention-days", "3", "drimbox.cache-dir", "/slow"));
    assertThat(c.maxBytes()).isEqualTo(500_000_000L);
    assertThat(c.retention()).isEqualTo(Duration.ofDays(3));
    assertThat(c.dir()).isEqualTo(Path.of("/fast/cache"));
  }

  @Test
  void invalidValuesAreReportedWithTheOthers() {
    assertThatThrownBy(() -> load(Map.of("DRIMBOX_CACHE_MAX_GB", "lots", "DRIMBOX_CACHE_RETENTION_DAYS", "1.5",
        "DRIMBOX_HL7_PORT", "0"), Map.of()))
        .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems()).hasSize(3))
        .hasMessageContaining("DRIMBOX_CACHE_MAX_GB='lots': not a number of GB")
        .hasMessageContaining("DRIMBOX_CACHE_RETENTION_DAYS='1.5'")
        .hasMessageContaining("DRIMBOX_HL7_PORT");
    assertThatThrownBy(() -> load(Map.of("DRIMBOX_CACHE_MAX_GB", "0", "DRIMBOX_CACHE_RETENTION_DAYS", "0"),
        Map.of())).isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems()).hasSize(2))
        .hasMessageContaining("DRIMBOX_CACHE_MAX_GB='0': must be greater than 0");
  }
}
