package org.opendrimbox.publication;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opendrimbox.jpa.entity.PublicationTask;
import org.opendrimbox.jpa.entity.ReceivedMessage;
import org.opendrimbox.jpa.entity.RejectionNote;
import org.opendrimbox.testing.MigratedH2;

/** The feed health on a real schema (H2 migrated by the project's Flyway scripts). */
class FeedHealthTest {

  private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

  private EntityManagerFactory emf;
  private EntityManager em;

  @BeforeEach
  void start() {
    emf = MigratedH2.open("feed");
    em = emf.createEntityManager();
  }

  @AfterEach
  void stop() {
    em.close();
    emf.close();
  }

  @Test
  void aQuietFeedIsOk() {
    FeedHealth.Report r = health();
    assertThat(r.status()).isEqualTo("OK");
    assertThat(r.failedTasks()).isZero();
    assertThat(r.latestFailedTasks()).isEmpty();
    assertThat(r.latestRejectedReports()).isEmpty();
  }

  @Test
  void failedTasksAndRejectedReportsNeedAttention() {
    em.getTransaction().begin();
    ReceivedMessage accepted = message(NOW.minus(Duration.ofHours(30)));
    accepted.accept("AA", "NEW", true);
    em.persist(accepted);
    ReceivedMessage oldRejection = message(NOW.minus(Duration.ofHours(30)));
    oldRejection.reject("AE", 101, "INS absent");
    em.persist(oldRejection);
    ReceivedMessage rejection = message(NOW.minus(Duration.ofHours(1)));
    rejection.reject("AR", 203, "unsupported version");
    em.persist(rejection);
    em.flush();
    PublicationTask old = new PublicationTask(accepted.getId(), PublicationTask.Action.PUBLISH, "1.2.3", null,
        NOW.minus(Duration.ofHours(30)));
    old.fail("DMP rejected the submission", NOW.minus(Duration.ofHours(29)));
    em.persist(old);
    PublicationTask recent = new PublicationTask(accepted.getId(), PublicationTask.Action.WITHDRAW, "1.2.4", null,
        NOW.minus(Duration.ofHours(2)));
    recent.fail("study not found in the PACS", NOW.minus(Duration.ofHours(1)));
    em.persist(recent);
    em.persist(new RejectionNote("2.25.9", "113001", "PACS", NOW.minus(Duration.ofMinutes(5))));
    em.getTransaction().commit();

    FeedHealth.Report r = health();
    assertThat(r.status()).isEqualTo("ATTENTION");
    assertThat(r.failedTasks()).isEqualTo(2);
    assertThat(r.failedTasksLast24h()).isEqualTo(1);
    assertThat(r.rejectedReportsLast24h()).isEqualTo(1);
    assertThat(r.rejectionNotesLast24h()).isEqualTo(1);
    assertThat(r.latestFailedTasks()).extracting(FeedHealth.FailedTask::reason)
        .containsExactly("study not found in the PACS", "DMP rejected the submission");
    assertThat(r.latestRejectedReports()).extracting(FeedHealth.RejectedReport::ackCode).containsExactly("AR", "AE");
    assertThat(r.latestRejectedReports().get(0).errorCode()).isEqualTo(203);
  }

  private FeedHealth.Report health() {
    return new FeedHealth(em, Clock.fixed(NOW, ZoneOffset.UTC)).report();
  }

  private static ReceivedMessage message(Instant at) {
    var m = new ReceivedMessage(at.truncatedTo(ChronoUnit.MICROS), ReceivedMessage.Channel.MLLP, "/127.0.0.1:5000",
        "MSH|^~\\&|".getBytes(StandardCharsets.US_ASCII));
    m.setHeader("MSG-" + UUID.randomUUID(), "ORU^R01", "RIS", "HOSP");
    return m;
  }
}
