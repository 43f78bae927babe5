package org.opendrimbox.it.support;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import javax.naming.Context;
import javax.naming.InitialContext;

/**
 * A RIS that sends over JMS, as a separate process with WildFly's own remote client ({@code
 * bin/client/jboss-client.jar}): sends one HL7 file to {@code DrimboxRisIntake} with a temporary reply queue,
 * waits for the ACK and prints {@code correlated=<true|false>} then the ACK text.
 *
 * <p>Arguments: remote URL ({@code http-remoting://127.0.0.1:8180}), user, password, HL7 file.
 */
public final class RisJmsClient {

  private RisJmsClient() {}

  public static void main(String[] args) throws Exception {
    Properties env = new Properties();
    env.put(Context.INITIAL_CONTEXT_FACTORY, "org.wildfly.naming.client.WildFlyInitialContextFactory");
    env.put(Context.PROVIDER_URL, args[0]);
    env.put(Context.SECURITY_PRINCIPAL, args[1]);
    env.put(Context.SECURITY_CREDENTIALS, args[2]);
    var naming = new InitialContext(env);
    var factory = (ConnectionFactory) naming.lookup("jms/RemoteConnectionFactory");
    String hl7 = Files.readString(Path.of(args[3]), StandardCharsets.UTF_8);
    try (JMSContext jms = factory.createContext(args[1], args[2])) {
      TemporaryQueue replies = jms.createTemporaryQueue();
      TextMessage request = jms.createTextMessage(hl7);
      request.setJMSReplyTo(replies);
      jms.createProducer().send(jms.createQueue("DrimboxRisIntake"), request);
      try (JMSConsumer consumer = jms.createConsumer(replies)) {
        Message reply = consumer.receive(60_000);
        if (reply == null) {
          System.out.println("no reply");
          System.exit(2);
        }
        System.out.println("correlated=" + request.getJMSMessageID().equals(reply.getJMSCorrelationID()));
        System.out.println(((TextMessage) reply).getText().replace('\r', '\n'));
      }
    } finally {
      naming.close();
    }
  }
}
