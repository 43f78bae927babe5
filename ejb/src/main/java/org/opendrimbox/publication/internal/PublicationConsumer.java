package org.opendrimbox.publication.internal;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import org.opendrimbox.platform.jndi.JndiNames;
import org.opendrimbox.publication.PublicationService;

/**
 * Hands each task id from the publication queue to {@link PublicationService}. No transaction around it: the
 * service does network I/O and keeps its own short transactions; the task row decides what is left to do, so
 * a redelivered or duplicated message is harmless. Two sessions at most: publication is asynchronous, a burst of
 * reports waits in the queue, and on a small machine the workers must not take the CPU the durable intake needs
 * to acknowledge (see docs/operations/benchmarks.md, source intake).
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.PUBLICATION_QUEUE),
      @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PublicationConsumer implements MessageListener {

  @Inject private PublicationService service;

  @Override
  public void onMessage(Message message) {
    try {
      service.process(PublicationPublisher.taskId(((TextMessage) message).getText()));
    } catch (JMSException e) {
      throw new IllegalStateException("unreadable publication message", e);
    }
  }
}
