package org.opendrimbox.intake.reception;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.opendrimbox.jpa.entity.ReceivedMessage;

/** What operators see of the reception (the admin API's service): feed errors are REJECTED messages. */
@ApplicationScoped
public class ReceptionAdmin {

  @Inject private ReceptionJournal journal;

  /** Newest first; {@code status} ACCEPTED, REJECTED or null for all. */
  public List<MessageView> recent(String status, int max) {
    ReceivedMessage.Status s;
    try {
      s = status == null ? null : ReceivedMessage.Status.valueOf(status.toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown status '" + status + "', expected ACCEPTED or REJECTED");
    }
    return journal.recent(s, max);
  }
}
