package org.opendrimbox.jpa.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The migrations and the entity mappings agree, on H2 and on PostgreSQL: Flyway builds the schema on a fresh
 * database, Hibernate validates it and round-trips an entity. PostgreSQL is the one of {@code
 * DRIMBOX_TEST_PG_URL} (default: the local server on 127.0.0.1:5432, database {@code drimbox_test}, role
 * {@code drimbox}), which {@code bin/setup-machine} installs, starts and creates.
 */
class SchemaMappingTest {

  /** A message larger than a page, with every byte value, as raw HL7 can carry (ISO 8859-1, UTF-8, a PDF). */
  private static final byte[] RAW = new byte[300_000];

  static {
    for (int i = 0; i < RAW.length; i++) {
      RAW[i] = (byte) (i * 31);
    }
  }

  @Test
  void migrationsMatchMappingsOnH2() {
    String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    migrateValidateAndRoundTrip(url, "sa", "sa", null);
  }

  @Test
  void migrationsMatchMappingsOnPostgresql() throws Exception {
    String url = System.getenv().getOrDefault("DRIMBOX_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/drimbox_test");
    String user = "drimbox";
    String password = "drimbox";
    String schema = "mapping_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      c.createStatement().execute("create schema " + schema);
    }
    try {
      migrateValidateAndRoundTrip(url + "?currentSchema=" + schema, user, password, schema);
    } finally {
      try (Connection c = DriverManager.getConnection(url, user, password)) {
        c.createStatement().execute("drop schema " + schema + " cascade");
      }
    }
  }

  private static DataSource dataSource(String url, String user, String password) {
    if (url.startsWith("jdbc:h2:")) {
      var h2 = new org.h2.jdbcx.JdbcDataSource();
      h2.setURL(url);
      h2.setUser(user);
      h2.setPassword(password);
      return h2;
    }
    var pg = new org.postgresql.ds.PGSimpleDataSource();
    pg.setURL(url);
    pg.setUser(user);
    pg.setPassword(password);
    return pg;
  }

  private static void migrateValidateAndRoundTrip(String url, String user, String password, String schema) {
    var flyway = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
    if (schema != null) {
      flyway.schemas(schema);
    }
    assertThat(flyway.load().migrate().migrationsExecuted).isGreaterThan(0);

    Map<String, Object> props = new HashMap<>();
    props.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    DataSource ds = dataSource(url, user, password);
    props.put("jakarta.persistence.jtaDataSource", ds);
    props.put("jakarta.persistence.nonJtaDataSource", ds);
    props.put("hibernate.hbm2ddl.auto", "validate");
    EntityManagerFactory emf = Persistence.createEntityManagerFactory("drimbox", props);
    try {
      Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
      EntityManager em = emf.createEntityManager();
      em.getTransaction().begin();
      em.persist(new BoxEvent(BoxEvent.Type.STARTED, now, "node1", "Éric à l'hôpital"));
      var message = new ReceivedMessage(now, ReceivedMessage.Channel.MLLP, "/127.0.0.1:5000", RAW);
      message.setHeader("MSG-1", "ORU^R01", "RIS", "HOSP");
      message.reject("AE", 101, "INS absent");
      var accepted = new ReceivedMessage(now, ReceivedMessage.Channel.JMS, "queue", RAW);
      accepted.accept("AA", "NEW", true);
      em.persist(accepted);
      em.flush();
      var task = new PublicationTask(accepted.getId(), PublicationTask.Action.PUBLISH, "1.2.3", "A1", now);
      em.persist(task);
      em.flush();
      task.attachKos("2.25.1", "1.2.3", RAW, "CT\\MR", null, now);
      em.persist(new PublishedKos("2.25.1", "1.2.3", task.getId(), "1234567890123", "1.2.250.1.213.1.4.10", now));
      em.persist(message);
      var note = new RejectionNote("2.25.2", "113001", "ORTHANC", now);
      em.persist(note);
      em.flush();
      em.persist(new RejectedInstance(note.getId(), "1.2.3", "1.2.3.4", "1.2.840.10008.5.1.4.1.1.2", "1.2.3.4.5"));
      em.persist(new RejectionEffect(note.getId(), "1.2.3", RejectionEffect.Effect.REPLACE, "2.25.1", task.getId()));
      em.getTransaction().commit();
      em.close();

      em = emf.createEntityManager();
      BoxEvent read = em.createNamedQuery(BoxEvent.FIND_RECENT, BoxEvent.class).setMaxResults(1).getSingleResult();
      assertThat(read.getType()).isEqualTo(BoxEvent.Type.STARTED);
      assertThat(read.getOccurredAt()).isEqualTo(now);
      assertThat(read.getDetail()).isEqualTo("Éric à l'hôpital");
      assertThat(em.createNamedQuery(BoxEvent.COUNT_BY_TYPE, Long.class)
              .setParameter("type", BoxEvent.Type.STARTED).getSingleResult()).isEqualTo(1L);
      ReceivedMessage stored = em.createNamedQuery(ReceivedMessage.FIND_BY_CONTROL_ID, ReceivedMessage.class)
          .setParameter("controlId", "MSG-1").getSingleResult();
      assertThat(stored.getRawMessage()).isEqualTo(RAW);
      assertThat(stored.getStatus()).isEqualTo(ReceivedMessage.Status.REJECTED);
      assertThat(stored.getErrorCode()).isEqualTo(101);
      assertThat(em.createNamedQuery(RejectedInstance.UIDS_BY_STUDY, String.class).setParameter("study", "1.2.3")
          .getResultList()).containsExactly("1.2.3.4.5");
      assertThat(em.createNamedQuery(RejectionNote.FIND_BY_SOP_INSTANCE, RejectionNote.class)
          .setParameter("uid", "2.25.2").getSingleResult().getReceivedAt()).isEqualTo(now);
      em.close();
    } finally {
      emf.close();
    }
  }
}
