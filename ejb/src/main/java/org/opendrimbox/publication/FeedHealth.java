package org.opendrimbox.publication;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.opendrimbox.jpa.entity.PublicationTask;
import org.opendrimbox.jpa.entity.ReceivedMessage;
import org.opendrimbox.jpa.entity.RejectionNote;

/**
 * The administrator's view of feed errors (R9, DB.SO.21): publication tasks that failed for good and reports
 * the intake rejected (AE/AR), with the latest ones and their reason. Identifiers only (task and message ids,
 * control ids), no patient data. Read-only, short transaction.
 */
@Stateless
public class FeedHealth {

  /** The window of the "recent" counts. */
  public static final Duration WINDOW = Duration.ofHours(24);

  static final int LATEST = 5;

  @PersistenceContext(unitName = "drimbox")
  private EntityManager em;

  private final Clock clock;

  public FeedHealth() {
    this(null, Clock.systemUTC());
  }

  /** Outside the container (tests): on the given entity manager and clock. */
  FeedHealth(EntityManager em, Clock clock) {
    this.em = em;
    this.clock = clock;
  }

  /**
   * The feed health document.
   *
   * @param status {@code OK}, or {@code ATTENTION} when a task is FAILED or a report was rejected in the window
   */
  public record Report(String status, long failedTasks, long failedTasksLast24h, long rejectedReportsLast24h,
      long rejectionNotesLast24h, List<FailedTask> latestFailedTasks, List<RejectedReport> latestRejectedReports) {}

  /** A FAILED publication task (retry it with {@code POST /api/admin/publications/{id}/retry}). */
  public record FailedTask(long id, String action, int attempts, Instant failedAt, String reason) {}

  /** A report the intake answered AE or AR, with the ERR code and text it sent. */
  public record RejectedReport(long id, String controlId, String messageType, String ackCode, Integer errorCode,
      String reason, Instant receivedAt) {}

  public Report report() {
    Instant since = clock.instant().minus(WINDOW);
    long failed = em.createQuery("select count(t) from PublicationTask t where t.state = :failed", Long.class)
        .setParameter("failed", PublicationTask.State.FAILED).getSingleResult();
    long failedRecent = em.createQuery("select count(t) from PublicationTask t where t.state = :failed"
            + " and t.completedAt >= :since", Long.class)
        .setParameter("failed", PublicationTask.State.FAILED).setParameter("since", since).getSingleResult();
    long rejected = em.createQuery("select count(m) from ReceivedMessage m where m.status = :rejected"
            + " and m.receivedAt >= :since", Long.class)
        .setParameter("rejected", ReceivedMessage.Status.REJECTED).setParameter("since", since).getSingleResult();
    long notes = em.createNamedQuery(RejectionNote.COUNT_SINCE, Long.class).setParameter("since", since)
        .getSingleResult();
    List<FailedTask> tasks = em.createQuery("select t.id, t.action, t.attempts, t.completedAt, t.lastError"
            + " from PublicationTask t where t.state = :failed order by t.id desc", Object[].class)
        .setParameter("failed", PublicationTask.State.FAILED).setMaxResults(LATEST).getResultStream()
        .map(r -> new FailedTask((Long) r[0], ((PublicationTask.Action) r[1]).name(), (Integer) r[2],
            (Instant) r[3], (String) r[4]))
        .toList();
    // Columns only: the raw message (possibly a large PDF report) is not loaded.
    List<RejectedReport> reports = em.createQuery("select m.id, m.controlId, m.messageType, m.ackCode,"
            + " m.errorCode, m.errorText, m.receivedAt from ReceivedMessage m where m.status = :rejected"
            + " order by m.id desc", Object[].class)
        .setParameter("rejected", ReceivedMessage.Status.REJECTED).setMaxResults(LATEST).getResultStream()
        .map(r -> new RejectedReport((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (Integer) r[4],
            (String) r[5], (Instant) r[6]))
        .toList();
    String status = failed > 0 || rejected > 0 ? "ATTENTION" : "OK";
    return new Report(status, failed, failedRecent, rejected, notes, tasks, reports);
  }
}
