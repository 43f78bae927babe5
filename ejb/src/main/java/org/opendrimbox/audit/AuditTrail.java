package org.opendrimbox.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.opendrimbox.config.DrimboxSettings;
import org.opendrimbox.jpa.entity.AuditEvent;

/**
 * The audit repository: appends records in their own short transaction (an audit row survives the rollback
 * of the audited work) and reads them back for the portal and the tests. Rows are never updated or deleted.
 */
@Stateless
public class AuditTrail {

  @PersistenceContext(unitName = "drimbox")
  private EntityManager em;

  @Inject private DrimboxSettings settings;

  private String node;

  public AuditTrail() {}

  /** For tests outside the container: a RESOURCE_LOCAL entity manager, the caller owns the transaction. */
  AuditTrail(EntityManager em, String node) {
    this.em = em;
    this.node = node;
  }

  /** Appends one record. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void record(AuditRecord r) {
    em.persist(new AuditEvent(r.occurredAt(), r.type(), r.outcome().name(), r.actorId(), r.peerDn(),
        r.resource(), r.reason(), nodeName()));
  }

  /** The most recent records, newest first. */
  public List<AuditRecord> recent(int max) {
    return em.createNamedQuery(AuditEvent.FIND_RECENT, AuditEvent.class).setMaxResults(max).getResultList()
        .stream().map(AuditTrail::toRecord).toList();
  }

  /** The records of one actor (professional), newest first. */
  public List<AuditRecord> byActor(String actorId, int max) {
    return em.createNamedQuery(AuditEvent.FIND_BY_ACTOR, AuditEvent.class).setParameter("actorId", actorId)
        .setMaxResults(max).getResultList().stream().map(AuditTrail::toRecord).toList();
  }

  /** The records of one type, newest first. */
  public List<AuditRecord> byType(String type, int max) {
    return em.createNamedQuery(AuditEvent.FIND_BY_TYPE, AuditEvent.class).setParameter("type", type)
        .setMaxResults(max).getResultList().stream().map(AuditTrail::toRecord).toList();
  }

  private String nodeName() {
    return node != null ? node : settings.nodeName();
  }

  private static AuditRecord toRecord(AuditEvent e) {
    return new AuditRecord(e.getOccurredAt(), e.getType(), AuditOutcome.valueOf(e.getOutcome()), e.getActorId(),
        e.getPeerDn(), e.getResource(), e.getReason());
  }
}
