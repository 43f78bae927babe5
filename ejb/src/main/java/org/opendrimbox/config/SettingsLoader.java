package org.opendrimbox.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
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
            read("DRIMBOX_DICOM_PORT", "11112", SettingsLoader::port),
            read("DRIMBOX_HL7_PORT", "2575", SettingsLoader::port),
            read("DRIMBOX_BIND_ADDRESS", "0.0.0.0", SettingsLoader::nonBlank),
            read("DRIMBOX_PACS", "ORTHANC@127.0.0.1:4242", AeAddress::parse),
            read("DRIMBOX_DMP_URL", "http://127.0.0.1:8080/dmp-simulator", SettingsLoader::httpUrl),
            read("DRIMBOX_DATA_DIR", defaultDataDir, Path::of),
            read("DRIMBOX_NODE_NAME", defaultNodeName(), SettingsLoader::nonBlank));
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
