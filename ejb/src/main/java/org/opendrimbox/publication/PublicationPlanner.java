package org.opendrimbox.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opendrimbox.ids.AccessionNumber;
import org.opendrimbox.ids.StudyInstanceUid;
import org.opendrimbox.intake.ReportMessage;
import org.opendrimbox.jpa.entity.PublicationTask;
import org.opendrimbox.jpa.entity.PublicationTask.Action;
import org.opendrimbox.publication.internal.ParsedReports;
import org.opendrimbox.publication.internal.PublicationPublisher;

/**
 * Turns an accepted report into publication tasks, inside the transaction that stores the report: one task per
 * distinct Study Instance UID (R7), or per accession number when the report names no study. A publishing
 * report that is not publishable (identity not qualified, not for the DMP, no exam identifier) yields none.
 */
@ApplicationScoped
public class PublicationPlanner {

  @PersistenceContext(unitName = "drimbox")
  private EntityManager em;

  @Inject private PublicationPublisher publisher;
  @Inject private ParsedReports reports;

  /** Creates and queues the tasks; returns their ids. Must run inside a transaction. */
  public List<Long> plan(long receivedMessageId, ReportMessage report) {
    Action action;
    if (report.publishable()) {
      action = Action.PUBLISH;
    } else if (report.withdrawsKos() && report.exam().identifiesAnExam()) {
      action = Action.WITHDRAW;
    } else {
      return List.of();
    }
    if (action == Action.PUBLISH) {
      reports.remember(receivedMessageId, report); // the publication need not parse the stored message again
    }
    Instant now = Instant.now();
    String accession = report.exam().accessionNumbers().stream().findFirst().map(AccessionNumber::value).orElse(null);
    List<PublicationTask> tasks = new ArrayList<>();
    for (StudyInstanceUid study : report.exam().studyInstanceUids()) {
      tasks.add(new PublicationTask(receivedMessageId, action, study.value(), accession, now));
    }
    if (tasks.isEmpty()) {
      for (AccessionNumber a : report.exam().accessionNumbers()) {
        tasks.add(new PublicationTask(receivedMessageId, action, null, a.value(), now));
      }
    }
    List<Long> ids = new ArrayList<>();
    for (PublicationTask t : tasks) {
      ids.add(queue(t));
    }
    return ids;
  }

  /**
   * Plans the task that follows a change of a published study's images (IOCM rejection): a replacement KOS
   * ({@link Action#PUBLISH}) or the withdrawal, acting as the report that published the current KOS, as a
   * withdrawal does. Returns the task id. Must run inside a transaction.
   */
  public long planImageChange(long publishingMessageId, Action action, String studyInstanceUid, String accession) {
    return queue(new PublicationTask(publishingMessageId, action, studyInstanceUid, accession, Instant.now()));
  }

  private long queue(PublicationTask t) {
    em.persist(t);
    em.flush();
    publisher.send(t.getId());
    return t.getId();
  }
}
