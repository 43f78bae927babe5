package org.opendrimbox.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.opendrimbox.platform.jndi.JndiNames;

/**
 * UP when the broker answers for every queue the box uses. Uses its own short-lived context: the probe runs on
 * a management thread, outside any component or transaction context.
 */
@Readiness
@ApplicationScoped
public class JmsReadiness implements HealthCheck {

  @Resource(lookup = JndiNames.CONNECTION_FACTORY)
  private ConnectionFactory connectionFactory;

  @Resource(lookup = JndiNames.PUBLICATION_QUEUE)
  private Queue publication;

  @Resource(lookup = JndiNames.RIS_INTAKE_QUEUE)
  private Queue risIntake;

  @Resource(lookup = JndiNames.DEAD_LETTER_QUEUE)
  private Queue deadLetters;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("drimbox-jms");
    try (JMSContext jms = connectionFactory.createContext()) {
      for (Queue q : new Queue[] {publication, risIntake, deadLetters}) {
        try (QueueBrowser browser = jms.createBrowser(q)) {
          browser.getEnumeration().hasMoreElements();
          response.withData(q.getQueueName(), "available");
        }
      }
      return response.up().build();
    } catch (JMSRuntimeException | jakarta.jms.JMSException e) {
      return response.down().withData("error", e.getMessage()).build();
    }
  }
}
