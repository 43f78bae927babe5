package org.opendrimbox.intake.reception;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.opendrimbox.intake.IntakeIssue;
import org.opendrimbox.intake.IntakeResult;
import org.opendrimbox.intake.MessageHeader;
import org.opendrimbox.jpa.entity.ReceivedMessage;
import org.opendrimbox.publication.PublicationPlanner;

/** Stores each received message with the intake's verdict and its publication tasks, in one short transaction. */
@Stateless
public class ReceptionJournal {

  @PersistenceContext(unitName = "drimbox")
  private EntityManager em;

  @Inject private PublicationPlanner planner;

  /**
   * Persists the message and, for an accepted report, the publication tasks it asks for, in one transaction
   * committed on return; returns the message row id.
   */
  public long record(IntakeResult result, byte[] raw, ReceivedMessage.Channel channel, String remote) {
    Long resent = resentId(result, raw);
    if (resent != null) {
      return resent; // the sender did not get our ACK and sent it again: it is stored and planned already
    }
    var row = new ReceivedMessage(Instant.now(), channel, remote, raw);
    MessageHeader h = result.header();
    row.setHeader(h.controlId(), h.messageType().isEmpty() ? null : h.typeAndTrigger(), h.sendingApplication(),
        h.sendingFacility());
    if (result instanceof IntakeResult.Rejected rejected) {
      IntakeIssue reason = rejected.reason();
      row.reject(result.ackCode(), reason.error().hl7Code(), reason.text());
      em.persist(row);
      em.flush();
    } else {
      var report = ((IntakeResult.Accepted) result).report();
      row.accept(result.ackCode(), report.eventKind().name(), report.publishable());
      em.persist(row);
      em.flush();
      planner.plan(row.getId(), report);
    }
    return row.getId();
  }

  /** The id of an identical message accepted earlier (same MSH-10, same bytes), or null. */
  private Long resentId(IntakeResult result, byte[] raw) {
    String controlId = result.header().controlId();
    if (!(result instanceof IntakeResult.Accepted) || controlId == null || controlId.isEmpty()) {
      return null;
    }
    return em.createNamedQuery(ReceivedMessage.FIND_BY_CONTROL_ID, ReceivedMessage.class)
        .setParameter("controlId", controlId).getResultStream()
        .filter(m -> m.getStatus() == ReceivedMessage.Status.ACCEPTED && Arrays.equals(m.getRawMessage(), raw))
        .map(ReceivedMessage::getId).findFirst().orElse(null);
  }

  /** The most recent messages, newest first, optionally only those with {@code status}. */
  public List<MessageView> recent(ReceivedMessage.Status status, int max) {
    return em.createNamedQuery(ReceivedMessage.FIND_RECENT, ReceivedMessage.class).setMaxResults(max * 4)
        .getResultStream().filter(m -> status == null || m.getStatus() == status).limit(max)
        .map(m -> new MessageView(m.getId(), m.getReceivedAt(), m.getChannel().name(), m.getControlId(),
            m.getMessageType(), m.getSendingApplication(), m.getStatus().name(), m.getAckCode(), m.getErrorCode(),
            m.getErrorText(), m.getEventKind(), m.isTQualifying()))
        .toList();
  }
}
