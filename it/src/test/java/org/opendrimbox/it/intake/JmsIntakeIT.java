package org.opendrimbox.it.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opendrimbox.it.support.Exec;
import org.opendrimbox.it.support.ReportVariants;
import org.opendrimbox.it.support.RisJmsClient;
import org.opendrimbox.it.support.SharedBox;
import org.opendrimbox.it.support.TestConfig;

/**
 * The JMS intake adapter, used the way a RIS would: a separate process with WildFly's remote client sends the
 * official exam E report to {@code DrimboxRisIntake} with a reply queue, and gets the HL7 ACK (AA) back,
 * correlated to its request.
 */
@ExtendWith(SharedBox.class)
class JmsIntakeIT {

  @Test
  void aReportSentOverJmsIsAcknowledgedOnTheReplyQueue() throws Exception {
    String controlId = "IT-JMS-" + UUID.randomUUID();
    Path message = Files.createTempFile("exam-e", ".hl7");
    Files.write(message, ReportVariants.fixture("CR_E-ORU.hl7", controlId));
    String classpath = Path.of(TestConfig.require("it.wildfly.dist"), "bin/client/jboss-client.jar") + ":"
        + Path.of(RisJmsClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    var result = Exec.run(List.of(Path.of(System.getProperty("java.home"), "bin/java").toString(), "-cp", classpath,
        RisJmsClient.class.getName(), "http-remoting://127.0.0.1:" + SharedBox.server().httpPort(),
        SharedBox.RIS_USER, SharedBox.RIS_PASSWORD, message.toString()), Map.of(), Duration.ofMinutes(2));
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output()).contains("correlated=true").contains("MSA|AA|" + controlId);
  }
}
