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
 * One audit trail row (R46/R47): a security-relevant decision with its time, type, outcome, the acting
 * professional (RPPS, never a patient identifier), the peer certificate DN, the resource and the reason.
 * Rows are append-only: there are no setters.
 */
@Entity
@Table(name = "audit_event", indexes = {
    @Index(name = "ix_audit_event_occurred_at", columnList = "occurred_at"),
    @Index(name = "ix_audit_event_actor_id", columnList = "actor_id"),
    @Index(name = "ix_audit_event_type", columnList = "event_type")})
@NamedQuery(name = AuditEvent.FIND_RECENT,
    query = "select e from AuditEvent e order by e.occurredAt desc, e.id desc")
@NamedQuery(name = AuditEvent.FIND_BY_ACTOR,
    query = "select e from AuditEvent e where e.actorId = :actorId order by e.occurredAt desc, e.id desc")
@NamedQuery(name = AuditEvent.FIND_BY_TYPE,
    query = "select e from AuditEvent e where e.type = :type order by e.occurredAt desc, e.id desc")
public class AuditEvent {

  public static final String FIND_RECENT = "AuditEvent.findRecent";
  public static final String FIND_BY_ACTOR = "AuditEvent.findByActor";
  public static final String FIND_BY_TYPE = "AuditEvent.findByType";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "event_type", nullable = false, length = 64)
  private String type;

  @Column(name = "outcome", nullable = false, length = 16)
  private String outcome;

  @Column(name = "actor_id", length = 64)
  private String actorId;

  @Column(name = "peer_dn", length = 512)
  private String peerDn;

  @Column(name = "resource", length = 1024)
  private String resource;

  @Column(name = "reason", length = 1024)
  private String reason;

  @Column(name = "node", nullable = false, length = 64)
  private String node;

  protected AuditEvent() {}

  public AuditEvent(Instant occurredAt, String type, String outcome, String actorId, String peerDn,
      String resource, String reason, String node) {
    this.occurredAt = occurredAt;
    this.type = type;
    this.outcome = outcome;
    this.actorId = clip(actorId, 64);
    this.peerDn = clip(peerDn, 512);
    this.resource = clip(resource, 1024);
    this.reason = clip(reason, 1024);
    this.node = clip(node, 64);
  }

  private static String clip(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getType() {
    return type;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getActorId() {
    return actorId;
  }

  public String getPeerDn() {
    return peerDn;
  }

  public String getResource() {
    return resource;
  }

  public String getReason() {
    return reason;
  }

  public String getNode() {
    return node;
  }
}
