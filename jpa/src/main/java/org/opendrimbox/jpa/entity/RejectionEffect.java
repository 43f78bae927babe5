package org.opendrimbox.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What an IOCM rejection note did to one study's publication, decided when the note was stored. */
@Entity
@Table(name = "rejection_effect", indexes = @Index(name = "ix_rejection_effect_note", columnList = "note_id"))
@NamedQuery(
    name = RejectionEffect.FIND_BY_NOTE,
    query = "select e from RejectionEffect e where e.noteId = :note order by e.id")
public class RejectionEffect {

  public static final String FIND_BY_NOTE = "RejectionEffect.findByNote";

  /** The effect on the study. */
  public enum Effect {
    /** The study has no KOS in the DMP: the note is only kept (later KOS leave the instances out). */
    NOT_PUBLISHED,
    /** The study's KOS references none of the newly rejected instances (or they were rejected before). */
    NO_CHANGE,
    /** A replacement KOS without the rejected instances is queued. */
    REPLACE,
    /** No instance of the KOS is left: its withdrawal is queued. */
    WITHDRAW
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @Column(name = "note_id", nullable = false)
  private long noteId;

  @Column(name = "study_instance_uid", nullable = false, length = 64)
  private String studyInstanceUid;

  @Enumerated(EnumType.STRING)
  @Column(name = "effect", nullable = false, length = 16)
  private Effect effect;

  /** The KOS in the DMP when the note arrived, if any. */
  @Column(name = "kos_sop_instance_uid", length = 64)
  private String kosSopInstanceUid;

  /** The publication task queued (REPLACE, WITHDRAW). */
  @Column(name = "task_id")
  private Long taskId;

  protected RejectionEffect() {}

  public RejectionEffect(long noteId, String studyInstanceUid, Effect effect, String kosSopInstanceUid,
      Long taskId) {
    this.noteId = noteId;
    this.studyInstanceUid = studyInstanceUid;
    this.effect = effect;
    this.kosSopInstanceUid = kosSopInstanceUid;
    this.taskId = taskId;
  }

  public Long getId() {
    return id;
  }

  public long getNoteId() {
    return noteId;
  }

  public String getStudyInstanceUid() {
    return studyInstanceUid;
  }

  public Effect getEffect() {
    return effect;
  }

  public String getKosSopInstanceUid() {
    return kosSopInstanceUid;
  }

  public Long getTaskId() {
    return taskId;
  }
}
