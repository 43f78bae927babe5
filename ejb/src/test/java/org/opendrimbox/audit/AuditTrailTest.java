package org.opendrimbox.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The audit repository round-trips records through the audit_event table (Flyway V004 on H2). */
class AuditTrailTest {

  private static H2Audit audit;

  @BeforeAll
  static void start() {
    audit = H2Audit.start();
  }

  @AfterAll
  static void stop() {
    if (audit != null) {
      audit.close();
    }
  }

  @Test
  void recordsAreStoredAndFoundByActorAndType() {
    Instant t0 = Instant.parse("2026-11-29T10:00:00Z");
    audit.record(new AuditRecord(t0, AuditRecord.PEER_ACCESS, AuditOutcome.SUCCESS, "10001234567",
        "CN=db9.test,OU=1,C=FR", "/studies/1.2.3", "granted"));
    audit.record(new AuditRecord(t0.plus(1, ChronoUnit.SECONDS), AuditRecord.PEER_ACCESS, AuditOutcome.FAILURE,
        null, null, "/studies/1.2.3", "401 missing bearer token"));
    audit.record(new AuditRecord(t0.plus(2, ChronoUnit.SECONDS), "WHITELIST_LOAD", AuditOutcome.FAILURE, "system",
        null, "/etc/list.xml", "x".repeat(5000)));

    assertThat(audit.recent(10)).hasSizeGreaterThanOrEqualTo(3);
    var newest = audit.recent(1).get(0);
    assertThat(newest.type()).isEqualTo("WHITELIST_LOAD");
    assertThat(newest.reason()).hasSize(1024);
    var byActor = audit.byActor("10001234567");
    assertThat(byActor).singleElement().satisfies(r -> {
      assertThat(r.outcome()).isEqualTo(AuditOutcome.SUCCESS);
      assertThat(r.peerDn()).isEqualTo("CN=db9.test,OU=1,C=FR");
      assertThat(r.occurredAt()).isEqualTo(t0);
    });
    assertThat(audit.byType(AuditRecord.PEER_ACCESS)).extracting(AuditRecord::outcome)
        .contains(AuditOutcome.SUCCESS, AuditOutcome.FAILURE);
  }

  @Test
  void typesAreUpperSnakeCase() {
    assertThatThrownBy(() -> new AuditRecord(Instant.now(), "peer access", AuditOutcome.SUCCESS, null, null, null,
        null)).isInstanceOf(IllegalArgumentException.class);
  }
}
