package org.opendrimbox.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.opendrimbox.testing.MigratedH2;

/**
 * The real {@link AuditTrail} on an in-memory H2 database migrated by the project's Flyway scripts, with a
 * RESOURCE_LOCAL entity manager: each {@link #record} commits its own transaction, as REQUIRES_NEW does.
 */
public final class H2Audit implements AutoCloseable {

  private final EntityManagerFactory emf;

  private H2Audit(EntityManagerFactory emf) {
    this.emf = emf;
  }

  public static H2Audit start() {
    return new H2Audit(MigratedH2.open("audit"));
  }

  /** Appends through {@link AuditTrail#record} in a committed transaction. */
  public void record(AuditRecord r) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      new AuditTrail(em, "test-node").record(r);
      em.getTransaction().commit();
    } finally {
      em.close();
    }
  }

  public List<AuditRecord> recent(int max) {
    EntityManager em = emf.createEntityManager();
    try {
      return new AuditTrail(em, "test-node").recent(max);
    } finally {
      em.close();
    }
  }

  public List<AuditRecord> byActor(String actor) {
    EntityManager em = emf.createEntityManager();
    try {
      return new AuditTrail(em, "test-node").byActor(actor, 100);
    } finally {
      em.close();
    }
  }

  public List<AuditRecord> byType(String type) {
    EntityManager em = emf.createEntityManager();
    try {
      return new AuditTrail(em, "test-node").byType(type, 100);
    } finally {
      em.close();
    }
  }

  @Override
  public void close() {
    emf.close();
  }
}
