package org.opendrimbox.publication.dmp;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.opendrimbox.config.DmpSettings;
import org.opendrimbox.config.DrimboxSettings;
import org.opendrimbox.dmp.DmpClientConfig;
import org.opendrimbox.dmp.OrganisationCredentials;

/**
 * Builds the {@link DmpClientConfig} from the box settings. Organisation credentials come from
 * {@code DRIMBOX_DMP_CREDENTIALS_DIR}: one sub-directory per organisation identifier (the IDNST
 * structure id of the CDA, e.g. {@code 1750803447}) holding {@code auth.p12} (ORG AUTH_CLI) and
 * {@code sign.p12} (ORG SIGN_CLI); their password is the first line of a {@code password} file in
 * that sub-directory, else {@code DRIMBOX_DMP_KEYSTORE_PASSWORD}. Each key store is opened once
 * here, so a wrong password or file is reported at start-up. Problems never stop the box: they
 * come back as warnings, and the organisation concerned cannot publish (the DMP client then
 * rejects its publications with a readable error).
 */
public final class DmpClientConfigFactory {
  public static final String AUTH_FILE = "auth.p12";
  public static final String SIGN_FILE = "sign.p12";
  public static final String PASSWORD_FILE = "password";

  /** The configuration and what is wrong with the credentials (no secrets in the texts). */
  public record Result(DmpClientConfig config, List<String> warnings) {
    public Result {
      warnings = List.copyOf(warnings);
    }
  }

  private DmpClientConfigFactory() {}

  public static Result create(DrimboxSettings settings) {
    return create(settings.dmpUrl(), settings.dmp());
  }

  public static Result create(URI dmpUrl, DmpSettings s) {
    List<String> warnings = new ArrayList<>();
    List<OrganisationCredentials> credentials = credentials(s, warnings);
    DmpClientConfig config = new DmpClientConfig(dmpUrl, s.trustStore(), s.trustStorePassword(),
        credentials, s.sourceId(), null, s.lpsId(), s.lpsName(), s.lpsVersion(),
        s.homologation(), true, s.timeout(), s.timeout());
    return new Result(config, warnings);
  }

  private static List<OrganisationCredentials> credentials(DmpSettings s, List<String> warnings) {
    Path dir = s.credentialsDir();
    List<OrganisationCredentials> out = new ArrayList<>();
    if (dir == null || !Files.isDirectory(dir)) {
      warnings.add("DMP credentials directory " + dir + " (DRIMBOX_DMP_CREDENTIALS_DIR) does not "
          + "exist: no organisation can publish to the DMP");
      return out;
    }
    List<Path> orgs;
    try (Stream<Path> list = Files.list(dir)) {
      orgs = list.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      warnings.add("cannot list DMP credentials directory " + dir + ": " + e.getMessage());
      return out;
    }
    for (Path org : orgs) {
      organisation(org, s.keyStorePassword(), warnings).ifPresent(out::add);
    }
    if (out.isEmpty()) {
      warnings.add("DMP credentials directory " + dir + " holds no usable organisation: no "
          + "organisation can publish to the DMP");
    }
    return out;
  }

  private static java.util.Optional<OrganisationCredentials> organisation(Path org,
      char[] defaultPassword, List<String> warnings) {
    String id = org.getFileName().toString();
    Path auth = org.resolve(AUTH_FILE);
    Path sign = org.resolve(SIGN_FILE);
    if (!Files.isRegularFile(auth) || !Files.isRegularFile(sign)) {
      warnings.add("DMP credentials of organisation " + id + " skipped: " + AUTH_FILE + " and "
          + SIGN_FILE + " are both required in " + org);
      return java.util.Optional.empty();
    }
    char[] password;
    try {
      password = password(org.resolve(PASSWORD_FILE), defaultPassword);
    } catch (IOException e) {
      warnings.add("DMP credentials of organisation " + id + " skipped: unreadable "
          + PASSWORD_FILE + " file: " + e.getMessage());
      return java.util.Optional.empty();
    }
    if (password == null) {
      warnings.add("DMP credentials of organisation " + id + " skipped: no " + PASSWORD_FILE
          + " file and no DRIMBOX_DMP_KEYSTORE_PASSWORD");
      return java.util.Optional.empty();
    }
    for (Path p : List.of(auth, sign)) {
      String problem = openProblem(p, password);
      if (problem != null) {
        warnings.add("DMP credentials of organisation " + id + " skipped: " + p.getFileName()
            + " " + problem);
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.of(new OrganisationCredentials(id, auth, password, sign, password));
  }

  private static char[] password(Path file, char[] fallback) throws IOException {
    if (!Files.exists(file)) {
      return fallback;
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int eol = text.indexOf('\n');
    String line = eol < 0 ? text : text.substring(0, eol);
    return line.endsWith("\r") ? line.substring(0, line.length() - 1).toCharArray()
        : line.toCharArray();
  }

  /** Null when the PKCS#12 store opens and holds a private key, else why not. */
  private static String openProblem(Path p12, char[] password) {
    try (InputStream in = Files.newInputStream(p12)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, password);
      for (String alias : java.util.Collections.list(ks.aliases())) {
        if (ks.isKeyEntry(alias)) {
          return null;
        }
      }
      return "holds no private key";
    } catch (IOException | GeneralSecurityException e) {
      return "cannot be opened (wrong password or not PKCS#12): " + e.getMessage();
    }
  }
}
