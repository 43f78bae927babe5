package org.opendrimbox.publication.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opendrimbox.jpa.entity.PublicationTask;
import org.opendrimbox.jpa.entity.PublicationTask.State;
import org.opendrimbox.jpa.entity.PublishedKos;
import org.opendrimbox.jpa.entity.ReceivedMessage;
import org.opendrimbox.jpa.entity.RejectedInstance;
import org.opendrimbox.publication.BuiltKos;
import org.opendrimbox.publication.TaskView;

/** Short transactions on publication tasks and published KOS; no network I/O here. */
@Stateless
public class PublicationRepository {

  @PersistenceContext(unitName = "drimbox")
  private EntityManager em;

  @Inject private PublicationPublisher publisher;

  private final Clock clock = Clock.systemUTC();

  /** What a worker needs to run a claimed task. */
  public record Claim(long id, PublicationTask.Action action, long receivedMessageId, String studyInstanceUid,
      String accessionNumber, int attempts, Instant createdAt, String kosSopInstanceUid, byte[] kos,
      List<String> modalities, String replacedKosUid) {}

  /**
   * Takes the task if it is due and not taken; empty when there is nothing to do (done, failed, taken). The
   * stored report (300 KB) is not read here: most attempts find it parsed in {@link ParsedReports}, and an
   * attempt whose study is not yet in the PACS never needs it (see {@link #rawMessage}).
   */
  public Optional<Claim> claim(long id, Duration lease) {
    PublicationTask t = em.find(PublicationTask.class, id, LockModeType.PESSIMISTIC_WRITE);
    Instant now = clock.instant();
    boolean due = t != null && (t.getState() == State.PENDING
        || t.getState().sleeping() && !t.getNextAttemptAt().isAfter(now));
    if (!due) {
      return Optional.empty();
    }
    t.claim(now, now.plus(lease));
    return Optional.of(new Claim(t.getId(), t.getAction(), t.getReceivedMessageId(), t.getStudyInstanceUid(),
        t.getAccessionNumber(), t.getAttempts(), t.getCreatedAt(), t.getKosSopInstanceUid(), t.getKos(),
        modalities(t), t.getReplacedKosUid()));
  }

  /** The bytes of a stored message, read alone (not the entity: nothing else of the row is needed). */
  public byte[] rawMessage(long receivedMessageId) {
    return em.createQuery("select m.rawMessage from ReceivedMessage m where m.id = :id", byte[].class)
        .setParameter("id", receivedMessageId).getSingleResult();
  }

  public void postpone(long id, State state, Duration delay, String error) {
    Instant now = clock.instant();
    em.find(PublicationTask.class, id).postpone(state, now.plus(delay), error, now);
  }

  public void fail(long id, String error) {
    em.find(PublicationTask.class, id).fail(error, clock.instant());
  }

  /** Stores the KOS before it is sent, so that every later attempt sends the very same document. */
  public void attachKos(long id, BuiltKos kos, String replacedKosUid) {
    em.find(PublicationTask.class, id).attachKos(kos.sopInstanceUid(), kos.studyInstanceUid(), kos.bytes(),
        String.join("\\", kos.modalities()), replacedKosUid, clock.instant());
  }

  /** The study's current KOS in the DMP, if any. */
  public Optional<PublishedKos> currentKos(String studyUid) {
    return em.createNamedQuery(PublishedKos.FIND_CURRENT_BY_STUDY, PublishedKos.class)
        .setParameter("study", studyUid).setParameter("status", PublishedKos.Status.PUBLISHED)
        .setMaxResults(1).getResultStream().findFirst();
  }

  /** The study's instances rejected by IOCM notes: a KOS built for the study leaves them out. */
  public Set<String> rejectedInstances(String studyUid) {
    return Set.copyOf(em.createNamedQuery(RejectedInstance.UIDS_BY_STUDY, String.class)
        .setParameter("study", studyUid).getResultList());
  }

  /**
   * A KOS currently published for its study (not replaced, not withdrawn), without its stored bytes ({@link #kos}):
   * read on every image request, it loads neither the KOS nor the publication task.
   */
  public Optional<PublishedKosView> current(String kosUid) {
    PublishedKos k = em.find(PublishedKos.class, kosUid);
    if (k == null || k.getStatus() != PublishedKos.Status.PUBLISHED) {
      return Optional.empty();
    }
    return Optional.of(new PublishedKosView(kosUid, k.getStudyInstanceUid(), k.getPatientIns(), k.getPatientInsOid()));
  }

  /** The stored bytes of a KOS this box built (a KOS never changes: a new version has a new UID). */
  public byte[] kos(String kosUid) {
    return em.createQuery("select t.kos from PublicationTask t where t.kosSopInstanceUid = :uid", byte[].class)
        .setParameter("uid", kosUid).getSingleResult();
  }

  /** What the image service needs of a published KOS. */
  public record PublishedKosView(String kosUid, String studyUid, String ins, String insOid) {}

  /** A published KOS with the report that published it: what a withdrawal needs. */
  public record Published(BuiltKos kos, byte[] publishingMessage) {}

  public Optional<Published> findPublished(String kosUid) {
    PublishedKos k = em.find(PublishedKos.class, kosUid);
    if (k == null) {
      return Optional.empty();
    }
    PublicationTask t = em.find(PublicationTask.class, k.getTaskId());
    ReceivedMessage m = em.find(ReceivedMessage.class, t.getReceivedMessageId());
    return Optional.of(new Published(new BuiltKos(kosUid, k.getStudyInstanceUid(), t.getKos(), modalities(t)),
        m.getRawMessage()));
  }

  /** The DMP accepted the task's KOS: done, counted in K, and the KOS it replaces is no longer current. */
  public void published(long id, String ins, String insOid) {
    Instant now = clock.instant();
    PublicationTask t = em.find(PublicationTask.class, id);
    if (t.getReplacedKosUid() != null) {
      Optional.ofNullable(em.find(PublishedKos.class, t.getReplacedKosUid())).ifPresent(k -> k.replaced(now));
    }
    if (em.find(PublishedKos.class, t.getKosSopInstanceUid()) == null) {
      em.persist(new PublishedKos(t.getKosSopInstanceUid(), t.getStudyInstanceUid(), id, ins, insOid, now));
    }
    t.succeed(now);
  }

  /** The study's KOS was withdrawn from the DMP (or there was none): done. */
  public void withdrawn(long id, String kosUid) {
    Instant now = clock.instant();
    if (kosUid != null) {
      Optional.ofNullable(em.find(PublishedKos.class, kosUid)).ifPresent(k -> k.withdrawn(now));
    }
    em.find(PublicationTask.class, id).succeed(now);
  }

  /** Operator retry of a failed task: back to PENDING and on the queue. */
  public boolean retry(long id) {
    PublicationTask t = em.find(PublicationTask.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (t == null || t.getState() != State.FAILED) {
      return false;
    }
    t.retry(clock.instant());
    publisher.send(id);
    return true;
  }

  /**
   * Re-queues the tasks whose time has come: back-off over, lease of a vanished worker over, or queued
   * longer than {@code staleAfter} without being taken (message lost).
   */
  public int requeueDue(int max, Duration staleAfter) {
    Instant now = clock.instant();
    List<Long> ids = em.createNamedQuery(PublicationTask.FIND_DUE, Long.class)
        .setParameter("timed", List.of(State.WAITING_PACS, State.RETRYING, State.RUNNING))
        .setParameter("pending", State.PENDING).setParameter("now", now)
        .setParameter("staleBefore", now.minus(staleAfter)).setMaxResults(max).getResultList();
    for (Long id : ids) {
      em.find(PublicationTask.class, id, LockModeType.PESSIMISTIC_WRITE).retry(now);
      publisher.send(id);
    }
    return ids.size();
  }

  /**
   * At start-up no worker of this node can still be running a task: make them all due now, so that the
   * sweep that follows queues them again.
   */
  public int releaseRunning() {
    return em.createNamedQuery(PublicationTask.RESET_RUNNING).setParameter("retrying", State.RETRYING)
        .setParameter("running", State.RUNNING).setParameter("now", clock.instant()).executeUpdate();
  }

  public List<TaskView> list(State state, int max) {
    var q = state == null
        ? em.createNamedQuery(PublicationTask.FIND_RECENT, PublicationTask.class)
        : em.createNamedQuery(PublicationTask.FIND_BY_STATE, PublicationTask.class).setParameter("state", state);
    return q.setMaxResults(max).getResultList().stream().map(PublicationRepository::view).toList();
  }

  public Optional<TaskView> find(long id) {
    return Optional.ofNullable(em.find(PublicationTask.class, id)).map(PublicationRepository::view);
  }

  public Optional<byte[]> kos(long id) {
    return Optional.ofNullable(em.find(PublicationTask.class, id)).map(PublicationTask::getKos);
  }

  private static List<String> modalities(PublicationTask t) {
    return t.getModalities() == null || t.getModalities().isEmpty() ? List.of()
        : List.of(t.getModalities().split("\\\\"));
  }

  static TaskView view(PublicationTask t) {
    return new TaskView(t.getId(), t.getReceivedMessageId(), t.getAction().name(), t.getState().name(),
        t.getStudyInstanceUid(), t.getAccessionNumber(), t.getAttempts(), t.getCreatedAt(), t.getUpdatedAt(),
        t.getNextAttemptAt(), t.getCompletedAt(), t.getLastError(), t.getKosSopInstanceUid(), t.getReplacedKosUid());
  }
}
