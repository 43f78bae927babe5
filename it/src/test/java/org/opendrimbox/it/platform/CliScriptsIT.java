package org.opendrimbox.it.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendrimbox.it.support.SharedBox;
import org.opendrimbox.it.support.WildFlyServer;

/** The wildfly-config scripts are idempotent: a second application to a configured server changes nothing. */
@ExtendWith(SharedBox.class)
class CliScriptsIT {

  @Test
  void applyingTheScriptsTwiceChangesNothingTheSecondTime() throws Exception {
    WildFlyServer server = SharedBox.server();
    Path config = server.home().resolve("standalone/configuration/standalone-full.xml");
    String before = sha256(config);
    String output = server.applyConfig(false);
    assertThat(output).doesNotContain("reloading");
    assertThat(sha256(config)).as("standalone-full.xml after a second apply").isEqualTo(before);
    assertThat(server.serverState()).isEqualTo("running");
    assertThat(Files.readString(config))
        .contains("java:jboss/datasources/DrimboxDS", "java:/jms/queue/DrimboxPublication",
            "java:/jms/queue/DrimboxRisIntake", "jms.queue.DrimboxDLQ", "drimbox-io", "DRIMBOX-JOURNAL",
            "microprofile-health-smallrye", "${env.DRIMBOX_DB_URL:", "drimboxTlsSSC",
            "${env.DRIMBOX_TLS_KEYSTORE:");
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
