package org.opendrimbox.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

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
    String url = "jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    Flyway.configure().dataSource(url, "sa", "sa").locations("classpath:db/migration").load().migrate();
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser("sa");
    ds.setPassword("sa");
    Map<String, Object> props = new HashMap<>();
    props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    props.put("jakarta.persistence.jtaDataSource", ds);
    props.put("jakarta.persistence.nonJtaDataSource", ds);
    props.put("hibernate.hbm2ddl.auto", "validate");
    props.put("hibernate.type.json_format_mapper", NoFormatMapper.class.getName());
    props.put("hibernate.type.xml_format_mapper", NoFormatMapper.class.getName());
    return new H2Audit(Persistence.createEntityManagerFactory("drimbox", props));
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
