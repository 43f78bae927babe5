package org.opendrimbox.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Reads {@link DrimboxSettings} from the environment ({@code DRIMBOX_X_Y}) and system properties ({@code
 * drimbox.x-y}), in that order of precedence, falling back to defaults, and reports every invalid value at
 * once.
 */
public final class SettingsLoader {

  private final UnaryOperator<String> env;
  private final UnaryOperator<String> sysprops;
  private final List<String> problems = new ArrayList<>();

  public SettingsLoader(UnaryOperator<String> env, UnaryOperator<String> sysprops) {
    this.env = env;
    this.sysprops = sysprops;
  }

  /** Loads from the real process environment and system properties. */
  public static DrimboxSettings fromEnvironment() {
    return new SettingsLoader(System::getenv, System::getProperty).load();
  }

  public DrimboxSettings load() {
    problems.clear();
    String serverData = sysprops.apply("jboss.server.data.dir");
    String defaultDataDir = serverData != null ? serverData + "/drimbox" : System.getProperty("java.io.tmpdir") + "/drimbox";
    var settings =
        new DrimboxSettings(
            read("DRIMBOX_BASE_URL", "http://127.0.0.1:8080", SettingsLoader::httpUrl),
            read("DRIMBOX_AET", "DRIMBOX", SettingsLoader::aet),
            orZero(read("DRIMBOX_DICOM_PORT", "11112", SettingsLoader::port)),
            orZero(read("DRIMBOX_HL7_PORT", "2575", SettingsLoader::port)),
            read("DRIMBOX_BIND_ADDRESS", "0.0.0.0", SettingsLoader::nonBlank),
            read("DRIMBOX_PACS", "ORTHANC@127.0.0.1:4242", AeAddress::parse),
            read("DRIMBOX_DMP_URL", "http://127.0.0.1:8080/dmp-simulator", SettingsLoader::httpUrl),
            read("DRIMBOX_DATA_DIR", defaultDataDir, Path::of),
            read("DRIMBOX_NODE_NAME", defaultNodeName(), SettingsLoader::nonBlank),
            read("DRIMBOX_PACS_WAIT_MINUTES", "2880", s -> Duration.ofMinutes(positive(s))),
            read("DRIMBOX_RETRY_BASE_SECONDS", "30", s -> Duration.ofSeconds(positive(s))),
            read("DRIMBOX_RETRY_MAX_SECONDS", "3600", s -> Duration.ofSeconds(positive(s))),
            trustSettings(),
            dmpSettings(defaultDataDir),
            cacheSettings(defaultDataDir));
    if (settings.dicomPort() == settings.hl7Port()) {
      problems.add("DRIMBOX_DICOM_PORT and DRIMBOX_HL7_PORT must differ (both " + settings.hl7Port() + ")");
    }
    if (!problems.isEmpty()) {
      throw new InvalidSettingsException(problems);
    }
    return settings;
  }

  /** {@code DRIMBOX_DICOM_PORT} -> {@code drimbox.dicom-port}. */
  static String propertyName(String envName) {
    return envName.toLowerCase().replaceFirst("_", ".").replace('_', '-');
  }

  private <T> T read(String envName, String defaultValue, Function<String, T> parser) {
    String raw = env.apply(envName);
    String source = envName;
    if (raw == null) {
      raw = sysprops.apply(propertyName(envName));
      source = propertyName(envName);
    }
    if (raw == null) {
      raw = defaultValue;
      source = envName + " (default)";
    }
    try {
      return parser.apply(raw.strip());
    } catch (RuntimeException e) {
      problems.add(source + "='" + raw + "': " + e.getMessage());
      return null;
    }
  }

  private static URI httpUrl(String s) {
    try {
      URI uri = new URI(s);
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
        throw new IllegalArgumentException("not an absolute http(s) URL");
      }
      if (s.endsWith("/")) {
        throw new IllegalArgumentException("must not end with '/'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a URL: " + e.getReason());
    }
  }

  /** An invalid port is reported in the problems; 0 only lets the record be built before that. */
  private static int orZero(Integer port) {
    return port == null ? 0 : port;
  }

  private static int port(String s) {
    int port;
    try {
      port = Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a port number");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port out of range 1-65535");
    }
    return port;
  }

  private DmpSettings dmpSettings(String defaultDataDir) {
    String credentials = dataDirOr(defaultDataDir) + "/dmp-credentials";
    String version = DmpSettings.class.getPackage().getImplementationVersion();
    return new DmpSettings(
        read("DRIMBOX_DMP_TRUSTSTORE", "", SettingsLoader::readableFileOrNull),
        read("DRIMBOX_DMP_TRUSTSTORE_PASSWORD", "", SettingsLoader::passwordOrNull),
        read("DRIMBOX_DMP_CREDENTIALS_DIR", credentials, s -> Path.of(nonBlank(s))),
        read("DRIMBOX_DMP_KEYSTORE_PASSWORD", "", SettingsLoader::passwordOrNull),
        read("DRIMBOX_DMP_SOURCE_ID", DmpSettings.DEVELOPMENT_SOURCE_ID, SettingsLoader::oid),
        read("DRIMBOX_LPS_ID", "OpenDRIMbox", SettingsLoader::nonBlank),
        read("DRIMBOX_LPS_NAME", "OpenDRIMbox", SettingsLoader::nonBlank),
        read("DRIMBOX_LPS_VERSION", version == null ? "dev" : version, SettingsLoader::nonBlank),
        read("DRIMBOX_DMP_HOMOLOGATION", DmpSettings.NOT_HOMOLOGATED, SettingsLoader::nonBlank),
        read("DRIMBOX_DMP_TIMEOUT_SECONDS", "30", s -> Duration.ofSeconds(positive(s))));
  }

  /** The raw DRIMBOX_DATA_DIR (for the defaults of the directories under it). */
  private String dataDirOr(String defaultDataDir) {
    String dataDir = env.apply("DRIMBOX_DATA_DIR");
    if (dataDir == null) {
      dataDir = sysprops.apply(propertyName("DRIMBOX_DATA_DIR"));
    }
    return dataDir == null ? defaultDataDir : dataDir.strip();
  }

  private CacheSettings cacheSettings(String defaultDataDir) {
    Long maxBytes = read("DRIMBOX_CACHE_MAX_GB", CacheSettings.DEFAULT_MAX_GB, CacheSettings::gigabytes);
    return new CacheSettings(
        read("DRIMBOX_CACHE_DIR", dataDirOr(defaultDataDir) + "/cache", s -> Path.of(nonBlank(s))),
        maxBytes == null ? 0 : maxBytes,
        read("DRIMBOX_CACHE_RETENTION_DAYS", CacheSettings.DEFAULT_RETENTION_DAYS,
            s -> Duration.ofDays(positive(s))));
  }

  private static Path readableFileOrNull(String s) {
    if (s.isEmpty()) {
      return null;
    }
    Path p = Path.of(s);
    if (!java.nio.file.Files.isRegularFile(p) || !java.nio.file.Files.isReadable(p)) {
      throw new IllegalArgumentException("not a readable file");
    }
    return p;
  }

  private static char[] passwordOrNull(String s) {
    return s.isEmpty() ? null : s.toCharArray();
  }

  private static String oid(String s) {
    if (!s.matches("[0-2](\\.(0|[1-9][0-9]*))+") || s.length() > 64) {
      throw new IllegalArgumentException("not an OID (digits and dots, at most 64 characters)");
    }
    return s;
  }

  private TrustSettings trustSettings() {
    TrustSettings.Mode mode = read("DRIMBOX_TRUST_MODE", "strict", SettingsLoader::trustMode);
    String confirm = env.apply("DRIMBOX_TRUST_DEMO_CONFIRM");
    if (mode == TrustSettings.Mode.DEMO && !TrustSettings.DEMO_CONFIRMATION.equals(confirm)) {
      problems.add("DRIMBOX_TRUST_MODE=demo also needs the environment variable DRIMBOX_TRUST_DEMO_CONFIRM="
          + TrustSettings.DEMO_CONFIRMATION + " (demo mode accepts an unverified whitelist)");
    }
    String secret = env.apply("DRIMBOX_PSC_CLIENT_SECRET");
    return new TrustSettings(
        mode,
        read("DRIMBOX_WHITELIST", "", SettingsLoader::pathOrUrl),
        read("DRIMBOX_TRUST_ANCHORS", "", s -> s.isEmpty() ? null : Path.of(s)),
        read("DRIMBOX_TRUST_CRLS", "", SettingsLoader::paths),
        read("DRIMBOX_PSC_INTROSPECTION_URL", "", s -> s.isEmpty() ? null : httpUrl(s)),
        read("DRIMBOX_PSC_USERINFO_URL", "", s -> s.isEmpty() ? null : httpUrl(s)),
        read("DRIMBOX_PSC_CLIENT_ID", "drimbox", SettingsLoader::nonBlank),
        secret == null ? "" : secret.strip(),
        read("DRIMBOX_PSC_REQUIRED_SCOPE", "scope_all", s -> s),
        read("DRIMBOX_PSC_AUDIENCE", "", s -> s));
  }

  private static TrustSettings.Mode trustMode(String s) {
    return switch (s.toLowerCase(java.util.Locale.ROOT)) {
      case "strict" -> TrustSettings.Mode.STRICT;
      case "demo" -> TrustSettings.Mode.DEMO;
      default -> throw new IllegalArgumentException("must be strict or demo");
    };
  }

  private static String pathOrUrl(String s) {
    if (s.startsWith("http://") || s.startsWith("https://")) {
      httpUrl(s);
    } else if (!s.isEmpty()) {
      Path.of(s);
    }
    return s;
  }

  private static List<Path> paths(String s) {
    return java.util.Arrays.stream(s.split(",")).map(String::strip).filter(p -> !p.isEmpty()).map(Path::of).toList();
  }

  private static long positive(String s) {
    long v;
    try {
      v = Long.parseLong(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a whole number");
    }
    if (v <= 0) {
      throw new IllegalArgumentException("must be positive");
    }
    return v;
  }

  private static String aet(String s) {
    if (!AeTitles.isValid(s)) {
      throw new IllegalArgumentException("not a valid AE title (1 to 16 characters, no backslash or control character)");
    }
    return s;
  }

  private static String nonBlank(String s) {
    if (s.isBlank()) {
      throw new IllegalArgumentException("must not be empty");
    }
    return s;
  }

  private static String defaultNodeName() {
    String host = System.getenv("HOSTNAME");
    return host == null || host.isBlank() ? "drimbox" : host;
  }
}
