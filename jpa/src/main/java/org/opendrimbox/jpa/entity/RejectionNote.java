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
import java.time.Instant;

/**
 * An IOCM rejection note (a Key Object Selection Document titled with a CID 7011 code) received by C-STORE;
 * stored before the C-STORE is answered. Its rejected instances are {@link RejectedInstance} rows, its effect
 * on each study's publication {@link RejectionEffect} rows.
 */
@Entity
@Table(
    name = "rejection_note",
    indexes = {
      @Index(name = "ux_rejection_note_sop", columnList = "sop_instance_uid", unique = true),
      @Index(name = "ix_rejection_note_received_at", columnList = "received_at")
    })
@NamedQuery(
    name = RejectionNote.FIND_BY_SOP_INSTANCE,
    query = "select n from RejectionNote n where n.sopInstanceUid = :uid")
@NamedQuery(
    name = RejectionNote.COUNT_SINCE,
    query = "select count(n) from RejectionNote n where n.receivedAt >= :since")
public class RejectionNote {

  public static final String FIND_BY_SOP_INSTANCE = "RejectionNote.findBySopInstance";
  public static final String COUNT_SINCE = "RejectionNote.countSince";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @Column(name = "sop_instance_uid", nullable = false, length = 64, unique = true)
  private String sopInstanceUid;

  /** The CID 7011 code value (scheme DCM), e.g. 113001. */
  @Column(name = "reason_code", nullable = false, length = 16)
  private String reasonCode;

  @Column(name = "calling_aet", nullable = false, length = 16)
  private String callingAet;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  protected RejectionNote() {}

  public RejectionNote(String sopInstanceUid, String reasonCode, String callingAet, Instant receivedAt) {
    this.sopInstanceUid = sopInstanceUid;
    this.reasonCode = reasonCode;
    this.callingAet = callingAet;
    this.receivedAt = receivedAt;
  }

  public Long getId() {
    return id;
  }

  public String getSopInstanceUid() {
    return sopInstanceUid;
  }

  public String getReasonCode() {
    return reasonCode;
  }

  public String getCallingAet() {
    return callingAet;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }
}
