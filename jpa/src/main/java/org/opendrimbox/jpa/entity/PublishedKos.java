package org.opendrimbox.jpa.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A KOS accepted by the DMP (counted in K), and whether it is still the study's current manifest. Peers
 * retrieve a study's images by naming such a KOS.
 */
@Entity
@Table(
    name = "published_kos",
    indexes = {
      @Index(name = "ix_published_kos_study", columnList = "study_instance_uid, status"),
      @Index(name = "ix_published_kos_published_at", columnList = "published_at")
    })
@NamedQuery(
    name = PublishedKos.FIND_CURRENT_BY_STUDY,
    query = "select k from PublishedKos k where k.studyInstanceUid = :study and k.status = :status order by k.publishedAt desc")
@NamedQuery(
    name = PublishedKos.COUNT_BETWEEN,
    query = "select count(k) from PublishedKos k where k.publishedAt >= :from and k.publishedAt < :to")
public class PublishedKos {

  public static final String FIND_CURRENT_BY_STUDY = "PublishedKos.findCurrentByStudy";
  public static final String COUNT_BETWEEN = "PublishedKos.countBetween";

  /** Whether the KOS is the study's manifest in the DMP. */
  public enum Status {
    PUBLISHED,
    REPLACED,
    WITHDRAWN
  }

  @Id
  @Column(name = "kos_sop_instance_uid", length = 64)
  private String kosSopInstanceUid;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @Column(name = "study_instance_uid", nullable = false, length = 64)
  private String studyInstanceUid;

  @Column(name = "task_id", nullable = false)
  private long taskId;

  @Column(name = "patient_ins", nullable = false, length = 32)
  private String patientIns;

  @Column(name = "patient_ins_oid", nullable = false, length = 64)
  private String patientInsOid;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  protected PublishedKos() {}

  public PublishedKos(String kosSopInstanceUid, String studyInstanceUid, long taskId, String patientIns,
      String patientInsOid, Instant publishedAt) {
    this.kosSopInstanceUid = kosSopInstanceUid;
    this.studyInstanceUid = studyInstanceUid;
    this.taskId = taskId;
    this.patientIns = patientIns;
    this.patientInsOid = patientInsOid;
    this.status = Status.PUBLISHED;
    this.publishedAt = publishedAt;
  }

  public void replaced(Instant now) {
    status = Status.REPLACED;
    withdrawnAt = now;
  }

  public void withdrawn(Instant now) {
    status = Status.WITHDRAWN;
    withdrawnAt = now;
  }

  public String getKosSopInstanceUid() {
    return kosSopInstanceUid;
  }

  public String getStudyInstanceUid() {
    return studyInstanceUid;
  }

  public long getTaskId() {
    return taskId;
  }

  public String getPatientIns() {
    return patientIns;
  }

  public String getPatientInsOid() {
    return patientInsOid;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public Instant getWithdrawnAt() {
    return withdrawnAt;
  }
}
