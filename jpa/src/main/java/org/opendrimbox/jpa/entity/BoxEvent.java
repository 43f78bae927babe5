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
import java.time.Instant;

/**
 * A life-cycle event of this box (started, stopped, ...). Supervision derives the box's own downtime from
 * these rows; they also show that the database keeps its content across restarts.
 */
@Entity
@Table(name = "box_event", indexes = @Index(name = "ix_box_event_occurred_at", columnList = "occurred_at"))
@NamedQuery(name = BoxEvent.FIND_RECENT, query = "select e from BoxEvent e order by e.occurredAt desc, e.id desc")
@NamedQuery(name = BoxEvent.COUNT_BY_TYPE, query = "select count(e) from BoxEvent e where e.type = :type")
public class BoxEvent {

  public static final String FIND_RECENT = "BoxEvent.findRecent";
  public static final String COUNT_BY_TYPE = "BoxEvent.countByType";

  /** What happened. */
  public enum Type {
    STARTED,
    STOPPED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @Enumerated(EnumType.STRING)
  @Column(name = "event_type", nullable = false, length = 32)
  private Type type;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "node", nullable = false, length = 64)
  private String node;

  @Column(name = "detail", length = 512)
  private String detail;

  protected BoxEvent() {}

  public BoxEvent(Type type, Instant occurredAt, String node, String detail) {
    this.type = type;
    this.occurredAt = occurredAt;
    this.node = node;
    this.detail = detail;
  }

  public Long getId() {
    return id;
  }

  public Type getType() {
    return type;
  }

  public Instant getOccurredAt() {
    return occurredAt;
  }

  public String getNode() {
    return node;
  }

  public String getDetail() {
    return detail;
  }
}
