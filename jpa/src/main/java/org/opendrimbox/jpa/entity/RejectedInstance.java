package org.opendrimbox.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One instance rejected by an IOCM rejection note. Kept for good: every KOS built later for the study leaves
 * it out, whatever the PACS answers to C-FIND.
 */
@Entity
@Table(
    name = "rejected_instance",
    indexes = {
      @Index(name = "ix_rejected_instance_study", columnList = "study_instance_uid"),
      @Index(name = "ix_rejected_instance_note", columnList = "note_id")
    })
@NamedQuery(
    name = RejectedInstance.UIDS_BY_STUDY,
    query = "select distinct r.sopInstanceUid from RejectedInstance r where r.studyInstanceUid = :study")
public class RejectedInstance {

  public static final String UIDS_BY_STUDY = "RejectedInstance.uidsByStudy";

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

  @Column(name = "series_instance_uid", nullable = false, length = 64)
  private String seriesInstanceUid;

  @Column(name = "sop_class_uid", nullable = false, length = 64)
  private String sopClassUid;

  @Column(name = "sop_instance_uid", nullable = false, length = 64)
  private String sopInstanceUid;

  protected RejectedInstance() {}

  public RejectedInstance(long noteId, String studyInstanceUid, String seriesInstanceUid, String sopClassUid,
      String sopInstanceUid) {
    this.noteId = noteId;
    this.studyInstanceUid = studyInstanceUid;
    this.seriesInstanceUid = seriesInstanceUid;
    this.sopClassUid = sopClassUid;
    this.sopInstanceUid = sopInstanceUid;
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

  public String getSeriesInstanceUid() {
    return seriesInstanceUid;
  }

  public String getSopClassUid() {
    return sopClassUid;
  }

  public String getSopInstanceUid() {
    return sopInstanceUid;
  }
}
