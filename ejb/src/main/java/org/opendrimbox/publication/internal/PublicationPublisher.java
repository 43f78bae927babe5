package org.opendrimbox.publication.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.opendrimbox.platform.jndi.JndiNames;

/**
 * Puts a task id on the publication queue. Called inside the transaction that created or rescheduled the task:
 * the container's JMS context joins it, so the message exists only if the row change commits.
 */
@ApplicationScoped
public class PublicationPublisher {

  /** Version of the message payload, see docs/interfaces/jms-publication.md. */
  public static final int SCHEMA_VERSION = 1;

  @Inject private JMSContext jms;

  @Resource(lookup = JndiNames.PUBLICATION_QUEUE)
  private Queue queue;

  public void send(long taskId) {
    jms.createProducer()
        .setProperty("schemaVersion", SCHEMA_VERSION)
        .send(queue, "{\"v\":" + SCHEMA_VERSION + ",\"task\":" + taskId + "}");
  }

  /** Reads the task id back from a message body written by {@link #send}. */
  static long taskId(String body) {
    int i = body.indexOf("\"task\":");
    if (i < 0) {
      throw new IllegalArgumentException("not a publication message: " + body);
    }
    int start = i + 7;
    int end = start;
    while (end < body.length() && Character.isDigit(body.charAt(end))) {
      end++;
    }
    return Long.parseLong(body.substring(start, end));
  }
}
