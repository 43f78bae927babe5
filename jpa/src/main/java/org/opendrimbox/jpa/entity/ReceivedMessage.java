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
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One HL7 v2 message received from the RIS, exactly as received, stored before it is acknowledged: accepted
 * messages go on to publication, rejected ones keep their rejection cause. Nothing received is ever dropped.
 */
@Entity
@Table(
    name = "received_message",
    indexes = {
      @Index(name = "ix_received_message_received_at", columnList = "received_at"),
      @Index(name = "ix_received_message_control_id", columnList = "control_id"),
      @Index(name = "ix_received_message_status", columnList = "status")
    })
@NamedQuery(name = ReceivedMessage.FIND_RECENT, query = "select m from ReceivedMessage m order by m.id desc")
@NamedQuery(
    name = ReceivedMessage.FIND_BY_CONTROL_ID,
    query = "select m from ReceivedMessage m where m.controlId = :controlId order by m.id")
public class ReceivedMessage {

  public static final String FIND_RECENT = "ReceivedMessage.findRecent";
  public static final String FIND_BY_CONTROL_ID = "ReceivedMessage.findByControlId";

  /** How the message arrived. */
  public enum Channel {
    MLLP,
    JMS
  }

  /** What the intake decided. */
  public enum Status {
    ACCEPTED,
    REJECTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 16)
  private Channel channel;

  @Column(name = "remote", length = 128)
  private String remote;

  @Column(name = "control_id", length = 64)
  private String controlId;

  @Column(name = "message_type", length = 16)
  private String messageType;

  @Column(name = "sending_application", length = 128)
  private String sendingApplication;

  @Column(name = "sending_facility", length = 128)
  private String sendingFacility;

  @Column(name = "ack_code", nullable = false, length = 2)
  private String ackCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private Status status;

  @Column(name = "error_code")
  private Integer errorCode;

  @Column(name = "error_text", length = 1024)
  private String errorText;

  /** Never changed once received: immutable, so Hibernate neither copies nor compares the 300 KB at flush. */
  @Immutable
  @JdbcTypeCode(SqlTypes.VARBINARY)
  @Column(name = "raw_message", nullable = false, updatable = false)
  private byte[] rawMessage;

  @Column(name = "event_kind", length = 32)
  private String eventKind;

  /** Counted in T: accepted, qualified identity, exam identifiers, destined to the DMP. */
  @Column(name = "t_qualifying", nullable = false)
  private boolean tQualifying;

  protected ReceivedMessage() {}

  public ReceivedMessage(Instant receivedAt, Channel channel, String remote, byte[] rawMessage) {
    this.receivedAt = receivedAt;
    this.channel = channel;
    this.remote = truncate(remote, 128);
    this.rawMessage = rawMessage;
  }

  /** Records the header fields read from the message (any may be null when unreadable). */
  public void setHeader(String controlId, String messageType, String sendingApplication, String sendingFacility) {
    this.controlId = truncate(controlId, 64);
    this.messageType = truncate(messageType, 16);
    this.sendingApplication = truncate(sendingApplication, 128);
    this.sendingFacility = truncate(sendingFacility, 128);
  }

  /** Accepted; {@code eventKind} is what the report asks for, {@code tQualifying} whether it counts in T. */
  public void accept(String ackCode, String eventKind, boolean tQualifying) {
    this.status = Status.ACCEPTED;
    this.ackCode = ackCode;
    this.eventKind = eventKind;
    this.tQualifying = tQualifying;
  }

  public void reject(String ackCode, int errorCode, String errorText) {
    this.status = Status.REJECTED;
    this.ackCode = ackCode;
    this.errorCode = errorCode;
    this.errorText = truncate(errorText, 1024);
  }

  private static String truncate(String s, int max) {
    return s == null || s.length() <= max ? s : s.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getRemote() {
    return remote;
  }

  public String getControlId() {
    return controlId;
  }

  public String getMessageType() {
    return messageType;
  }

  public String getSendingApplication() {
    return sendingApplication;
  }

  public String getSendingFacility() {
    return sendingFacility;
  }

  public String getAckCode() {
    return ackCode;
  }

  public Status getStatus() {
    return status;
  }

  public Integer getErrorCode() {
    return errorCode;
  }

  public String getErrorText() {
    return errorText;
  }

  public byte[] getRawMessage() {
    return rawMessage;
  }

  public String getEventKind() {
    return eventKind;
  }

  public boolean isTQualifying() {
    return tQualifying;
  }
}
