package org.opendrimbox.trust;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.opendrimbox.audit.AuditOutcome;
import org.opendrimbox.audit.AuditRecord;
import org.opendrimbox.config.DrimboxSettings;
import org.opendrimbox.config.TrustSettings;
import org.opendrimbox.trust.internal.IntrospectionClient;
import org.opendrimbox.trust.internal.WhitelistLoading;

/**
 * Holds the ANS whitelist in force (R51): loaded and verified at start-up from {@code DRIMBOX_WHITELIST},
 * reloaded every hour and on demand. A list that fails verification never replaces the one in force (the
 * last valid list is kept); the outcome of every load is audited. Without a valid list every peer is refused.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "SettingsProducer"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WhitelistRegistry {

  private static final System.Logger LOG = System.getLogger(WhitelistRegistry.class.getName());

  @Inject private DrimboxSettings settings;
  @Inject private Event<AuditRecord> audit;

  private final Clock clock = Clock.systemUTC();
  private final HttpClient http = IntrospectionClient.httpClient(Duration.ofSeconds(10));
  private volatile Whitelist current;
  private volatile WhitelistVerification lastVerification;

  @PostConstruct
  void start() {
    TrustSettings t = settings.trust();
    if (t.demo()) {
      LOG.log(System.Logger.Level.WARNING, "TRUST DEMO MODE (DRIMBOX_TRUST_MODE=demo): an unsigned or unverified "
          + "whitelist is accepted and peers without a TLS client certificate are let through. Never use in production.");
    }
    if (t.whitelist().isEmpty()) {
      LOG.log(System.Logger.Level.WARNING, "No whitelist configured (DRIMBOX_WHITELIST): every peer is refused");
      return;
    }
    reload();
  }

  @Schedule(hour = "*", minute = "17", persistent = false)
  void scheduledReload() {
    if (!settings.trust().whitelist().isEmpty()) {
      reload();
    }
  }

  /** The list in force, if a valid one was ever loaded. */
  public Optional<Whitelist> current() {
    return Optional.ofNullable(current);
  }

  /** The verification of the last load attempt (successful or not), empty before the first attempt. */
  public Optional<WhitelistVerification> lastVerification() {
    return Optional.ofNullable(lastVerification);
  }

  /**
   * Loads and verifies the configured list now; on success it replaces the list in force.
   *
   * @return the verification of this attempt (all checks false when the document could not be read or parsed)
   */
  public synchronized WhitelistVerification reload() {
    WhitelistVerification v = attempt(settings.trust());
    lastVerification = v;
    return v;
  }

  private WhitelistVerification attempt(TrustSettings t) {
    try {
      Whitelist list = WhitelistLoading.load(t, http, clock);
      current = list;
      WhitelistVerification v = list.verification();
      if (v.fullyVerified()) {
        LOG.log(System.Logger.Level.INFO, "Whitelist loaded: {0} entries, signed by {1}", list.entries().size(),
            v.signer());
      } else {
        LOG.log(System.Logger.Level.WARNING, "Whitelist loaded in DEMO mode despite: {0}", v.problems());
      }
      audit(AuditOutcome.SUCCESS, list.entries().size() + " entries" + (v.fullyVerified() ? "" : " (demo: "
          + String.join("; ", v.problems()) + ")"));
      return v;
    } catch (WhitelistRejectedException e) {
      LOG.log(System.Logger.Level.ERROR, "Whitelist REJECTED, keeping the previous one ({0}): {1}",
          current == null ? "none" : current.entries().size() + " entries", e.getMessage());
      audit(AuditOutcome.FAILURE, e.getMessage());
      return e.verification() != null ? e.verification() : failed(e.getMessage());
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "Whitelist unreadable, keeping the previous one: {0}", e.toString());
      audit(AuditOutcome.FAILURE, "unreadable: " + e.getMessage());
      return failed("unreadable: " + e.getMessage());
    }
  }

  private static WhitelistVerification failed(String problem) {
    return new WhitelistVerification(false, false, null, false, false, false, false, List.of(problem));
  }

  private void audit(AuditOutcome outcome, String reason) {
    try {
      audit.fire(new AuditRecord(clock.instant(), AuditRecord.WHITELIST_LOAD, outcome, "system",
          null, settings.trust().whitelist(), reason));
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "Audit trail unavailable: {0}", e.toString());
    }
  }
}
