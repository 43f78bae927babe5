package org.opendrimbox.intake.reception;

import jakarta.annotation.Resource;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import org.opendrimbox.platform.jndi.JndiNames;

/**
 * The JMS intake adapter for RIS that do not speak MLLP: each TextMessage on {@code DrimboxRisIntake} holds
 * one HL7 v2 message; it goes through the same reception as MLLP (stored, then acknowledged) and the HL7 ACK
 * is sent as a TextMessage to the message's JMSReplyTo, or to {@code DrimboxRisIntakeReply}, with
 * JMSCorrelationID set to the request's JMSMessageID. See docs/interfaces/hl7-inbound.md.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JndiNames.RIS_INTAKE_QUEUE),
      @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RisIntakeConsumer implements MessageListener {

  @Inject private ReceptionService reception;

  @Inject private JMSContext jms;

  @Resource(lookup = JndiNames.RIS_INTAKE_REPLY_QUEUE)
  private Queue defaultReplyQueue;

  @Override
  public void onMessage(Message message) {
    try {
      String ack;
      if (message instanceof TextMessage text) {
        ack = reception.handleText(text.getText(), "jms:" + message.getJMSMessageID());
      } else {
        ack = reception.handleText("", "jms:" + message.getJMSMessageID()); // stored and rejected like any garbage
      }
      Destination replyTo = message.getJMSReplyTo() != null ? message.getJMSReplyTo() : defaultReplyQueue;
      jms.createProducer().setJMSCorrelationID(message.getJMSMessageID()).send(replyTo, ack);
    } catch (JMSException e) {
      throw new IllegalStateException("cannot read or answer a RIS intake message", e);
    }
  }
}
