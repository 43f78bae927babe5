package org.opendrimbox.jpa.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One unit of publication work for one study: publish (or replace) its KOS, or withdraw it. The row is the
 * truth about the work (state, attempts, next attempt, last error); the JMS message only carries its id.
 */
@Entity
@Table(
    name = "publication_task",
    indexes = {
      @Index(name = "ix_publication_task_state", columnList = "state, next_attempt_at"),
      @Index(name = "ix_publication_task_message", columnList = "received_message_id"),
      @Index(name = "ix_publication_task_study", columnList = "study_instance_uid")
    })
@NamedQuery(name = PublicationTask.FIND_RECENT, query = "select t from PublicationTask t order by t.id desc")
@NamedQuery(
    name = PublicationTask.FIND_BY_STATE,
    query = "select t from PublicationTask t where t.state = :state order by t.id desc")
@NamedQuery(
    name = PublicationTask.FIND_DUE,
    query = "select t.id from PublicationTask t where (t.state in :timed and t.nextAttemptAt <= :now)"
        + " or (t.state = :pending and t.nextAttemptAt <= :staleBefore) order by t.nextAttemptAt")
@NamedQuery(
    name = PublicationTask.RESET_RUNNING,
    query = "update PublicationTask t set t.state = :retrying, t.nextAttemptAt = :now, t.version = t.version + 1"
        + " where t.state = :running")
@NamedQuery(
    name = PublicationTask.FIND_BY_MESSAGE,
    query = "select t from PublicationTask t where t.receivedMessageId = :messageId order by t.id")
public class PublicationTask {

  public static final String FIND_RECENT = "PublicationTask.findRecent";
  public static final String FIND_BY_STATE = "PublicationTask.findByState";
  public static final String FIND_DUE = "PublicationTask.findDue";
  public static final String FIND_BY_MESSAGE = "PublicationTask.findByMessage";
  public static final String RESET_RUNNING = "PublicationTask.resetRunning";

  /** What to do for the study. */
  public enum Action {
    PUBLISH,
    WITHDRAW
  }

  /**
   * Where the work stands. RUNNING is held under a lease ({@code nextAttemptAt}); DONE and FAILED are final,
   * and a FAILED task can be retried by an operator.
   */
  public enum State {
    PENDING,
    WAITING_PACS,
    RETRYING,
    RUNNING,
    DONE,
    FAILED;

    /** Whether the task sleeps until its next attempt. */
    public boolean sleeping() {
      return this == WAITING_PACS || this == RETRYING;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @Column(name = "received_message_id", nullable = false)
  private long receivedMessageId;

  @Enumerated(EnumType.STRING)
  @Column(name = "action", nullable = false, length = 16)
  private Action action;

  @Column(name = "study_instance_uid", length = 64)
  private String studyInstanceUid;

  @Column(name = "accession_number", length = 64)
  private String accessionNumber;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false, length = 16)
  private State state;

  @Column(name = "attempts", nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "next_attempt_at")
  private Instant nextAttemptAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "last_error", length = 2000)
  private String lastError;

  @Column(name = "kos_sop_instance_uid", length = 64, unique = true)
  private String kosSopInstanceUid;

  @Column(name = "replaced_kos_uid", length = 64)
  private String replacedKosUid;

  /** The study's series modalities, backslash-separated (DMP event codes). */
  @Column(name = "modalities", length = 128)
  private String modalities;

  @Basic(fetch = FetchType.LAZY)
  @JdbcTypeCode(SqlTypes.VARBINARY)
  @Column(name = "kos")
  private byte[] kos;

  protected PublicationTask() {}

  public PublicationTask(long receivedMessageId, Action action, String studyInstanceUid, String accessionNumber,
      Instant now) {
    this.receivedMessageId = receivedMessageId;
    this.action = action;
    this.studyInstanceUid = studyInstanceUid;
    this.accessionNumber = accessionNumber;
    this.state = State.PENDING;
    this.createdAt = now;
    this.updatedAt = now;
    this.nextAttemptAt = now;
  }

  /** A worker takes the task until {@code leaseUntil}; counts one more attempt. */
  public void claim(Instant now, Instant leaseUntil) {
    state = State.RUNNING;
    attempts++;
    nextAttemptAt = leaseUntil;
    updatedAt = now;
  }

  /** Not done yet: try again at {@code next}, in {@code state} (WAITING_PACS or RETRYING). */
  public void postpone(State state, Instant next, String error, Instant now) {
    this.state = state;
    this.nextAttemptAt = next;
    this.lastError = truncate(error);
    this.updatedAt = now;
  }

  public void succeed(Instant now) {
    state = State.DONE;
    completedAt = now;
    nextAttemptAt = null;
    updatedAt = now;
  }

  public void fail(String error, Instant now) {
    state = State.FAILED;
    lastError = truncate(error);
    completedAt = now;
    nextAttemptAt = null;
    updatedAt = now;
  }

  /**
   * Queued for a new try, now: asked by an operator for a failed task, after a crash for a running one, or
   * by the sweeper for a sleeping one whose time has come.
   */
  public void retry(Instant now) {
    state = State.PENDING;
    completedAt = null;
    nextAttemptAt = now;
    updatedAt = now;
  }

  /** Records the KOS built for this task, so every retry sends the same document. */
  public void attachKos(String sopInstanceUid, String studyInstanceUid, byte[] kos, String modalities,
      String replacedKosUid, Instant now) {
    this.kosSopInstanceUid = sopInstanceUid;
    this.modalities = modalities;
    this.studyInstanceUid = studyInstanceUid;
    this.kos = kos;
    this.replacedKosUid = replacedKosUid;
    this.updatedAt = now;
  }

  private static String truncate(String s) {
    return s == null || s.length() <= 2000 ? s : s.substring(0, 2000);
  }

  public Long getId() {
    return id;
  }

  public long getReceivedMessageId() {
    return receivedMessageId;
  }

  public Action getAction() {
    return action;
  }

  public String getStudyInstanceUid() {
    return studyInstanceUid;
  }

  public String getAccessionNumber() {
    return accessionNumber;
  }

  public State getState() {
    return state;
  }

  public int getAttempts() {
    return attempts;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public Instant getNextAttemptAt() {
    return nextAttemptAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public String getLastError() {
    return lastError;
  }

  public String getKosSopInstanceUid() {
    return kosSopInstanceUid;
  }

  public String getReplacedKosUid() {
    return replacedKosUid;
  }

  public String getModalities() {
    return modalities;
  }

  public byte[] getKos() {
    return kos;
  }
}
