package org.opendrimbox.intake.reception;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.opendrimbox.intake.IntakeIssue;
import org.opendrimbox.intake.IntakeResult;
import org.opendrimbox.intake.MessageHeader;
import org.opendrimbox.jpa.entity.ReceivedMessage;

/** Stores each received message with the intake's verdict, in its own short transaction. */
@Stateless
public class ReceptionJournal {

  @PersistenceContext(unitName = "drimbox")
  private EntityManager em;

  /** Persists and commits; returns the new row id. */
  public long record(IntakeResult result, byte[] raw, ReceivedMessage.Channel channel, String remote) {
    var row = new ReceivedMessage(Instant.now(), channel, remote, raw);
    MessageHeader h = result.header();
    row.setHeader(h.controlId(), h.messageType().isEmpty() ? null : h.typeAndTrigger(), h.sendingApplication(),
        h.sendingFacility());
    if (result instanceof IntakeResult.Rejected rejected) {
      IntakeIssue reason = rejected.reason();
      row.reject(result.ackCode(), reason.error().hl7Code(), reason.text());
    } else {
      row.accept(result.ackCode());
    }
    em.persist(row);
    em.flush();
    return row.getId();
  }
}
