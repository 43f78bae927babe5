package org.opendrimbox.dmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.dmp.internal.XdsDmpClient;
import org.opendrimbox.dmpsim.FailureSwitch;
import org.opendrimbox.xds.testpki.TestPki;

/** How failures surface: final rejections versus retryable unavailability. */
class DmpClientErrorsTest {
  @TempDir Path dir;
  final MutableClock clock = new MutableClock();
  DmpTestBed bed;
  byte[] kos;

  @BeforeEach
  void start() {
    bed = new DmpTestBed(dir, clock, Duration.ofSeconds(2));
    kos = DmpTestBed.sampleKos();
  }

  @AfterEach
  void stop() {
    bed.close();
  }

  private KosPublication publication(String uid) {
    return DmpTestBed.publication(kos, uid, Set.of());
  }

  @Test
  void outageIsRetryableAndEveryPublicationLandsExactlyOnceAfterIt() throws Exception {
    bed.simulator.failures().set(FailureSwitch.Mode.UNAVAILABLE, Duration.ofMinutes(5));
    List<String> uids = List.of("1.2.3.1", "1.2.3.2", "1.2.3.3");
    for (String uid : uids) {
      assertThatThrownBy(() -> bed.client.publish(publication(uid)))
          .isInstanceOfSatisfying(DmpUnavailableException.class,
              e -> assertThat(e.isRetryable()).isTrue());
    }
    clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    for (String uid : uids) {
      bed.client.publish(publication(uid));
    }
    assertThat(bed.simulator.registry().all())
        .filteredOn(e -> "application/dicom".equals(e.metadata().mimeType()))
        .extracting(e -> e.uniqueId()).containsExactlyInAnyOrderElementsOf(uids);
  }

  @Test
  void repeatedPublicationIsAFinalDuplicateThatAQueueCanTreatAsDone() throws Exception {
    bed.client.publish(publication("1.2.3.9"));
    assertThatThrownBy(() -> bed.client.publish(publication("1.2.3.9")))
        .isInstanceOfSatisfying(DmpRejectedException.class, e -> {
          assertThat(e.isRetryable()).isFalse();
          assertThat(e.isAlreadyPublished()).isTrue();
        });
  }

  @Test
  void rejectModeIsFinalWithReadableErrors() {
    bed.simulator.failures().set(FailureSwitch.Mode.REJECT, Duration.ofMinutes(1));
    assertThatThrownBy(() -> bed.client.publish(publication("1.2.3.4")))
        .isInstanceOfSatisfying(DmpRejectedException.class, e -> {
          assertThat(e.errors()).extracting(DmpError::code).containsExactly("XDSRegistryError");
          assertThat(e.getMessage()).contains("rejected by failure switch");
          assertThat(e.isAlreadyPublished()).isFalse();
        });
  }

  @Test
  void slowDmpBeyondTheRequestTimeoutIsRetryable() {
    bed.simulator.failures().set(FailureSwitch.Mode.SLOW, Duration.ofMinutes(1));
    DmpClientConfig c = bed.config;
    DmpClient impatient = new XdsDmpClient(new DmpClientConfig(c.baseUrl(), c.trustStore(),
        c.trustPassword(), c.credentials(), c.sourceId(), c.deviceAuthor(), c.lpsId(),
        c.lpsName(), c.lpsVersion(), c.homologation(), true, Duration.ofSeconds(5),
        Duration.ofMillis(300)), Clock.systemUTC());
    assertThatThrownBy(() -> impatient.publish(publication("1.2.3.5")))
        .isInstanceOf(DmpUnavailableException.class);
  }

  @Test
  void organisationWithoutCertificatesIsRejectedBeforeAnyCall() {
    Organisation other = new Organisation("999999999", "Other",
        DmpTestBed.organisation().facilityType(), DmpTestBed.organisation().practiceSetting());
    KosPublication p = publication("1.2.3.6");
    KosPublication misplaced = new KosPublication(p.kos(), p.kosSopInstanceUid(), p.patient(),
        p.studyInstanceUid(), p.accessionNumbers(), p.orderNumbers(), p.modalities(),
        p.regions(), p.author(), other, p.confidentiality(), p.creationTime(), p.serviceStart(),
        p.serviceStop(), p.title(), p.comments(), p.languageCode(), p.contentType());
    assertThatThrownBy(() -> bed.client.publish(misplaced))
        .isInstanceOfSatisfying(DmpRejectedException.class, e -> assertThat(e.errors())
            .extracting(DmpError::code).containsExactly("DRIMBOX_NO_ORG_CERTIFICATE"));
    assertThat(bed.simulator.registry().all()).isEmpty();
  }

  @Test
  void signatureFromAnUntrustedCertificateIsRefusedByTheDmp() {
    TestPki rogue = new TestPki("Rogue CA");
    DmpClientConfig base = bed.config;
    DmpClientConfig rogueSigner = bed.config(bed.server.baseUri(), dir, rogue,
        rogue.client("CN=unused"), rogue, rogue.signer(TestPki.SIGNER_DN));
    OrganisationCredentials mixed = new OrganisationCredentials(DmpTestBed.ORG_ID,
        base.credentials().get(0).authKeyStore(), TestPki.PASSWORD,
        rogueSigner.credentials().get(0).signKeyStore(), TestPki.PASSWORD);
    DmpClientConfig c = new DmpClientConfig(base.baseUrl(), base.trustStore(),
        base.trustPassword(), List.of(mixed), base.sourceId(), base.deviceAuthor(),
        base.lpsId(), base.lpsName(), base.lpsVersion(), base.homologation(), true,
        base.connectTimeout(), base.requestTimeout());
    DmpClient client = new XdsDmpClient(c, Clock.systemUTC());
    assertThatThrownBy(() -> client.publish(publication("1.2.3.7")))
        .isInstanceOfSatisfying(DmpRejectedException.class, e -> assertThat(e.errors())
            .extracting(DmpError::code).containsExactly("FailedAuthentication"));
  }

  @Test
  void clientCertificateFromAnotherPkiFailsTheTlsHandshake() {
    TestPki rogue = new TestPki("Rogue CA");
    DmpClientConfig rogueAuth = bed.config(bed.server.baseUri(), dir, rogue,
        rogue.client("CN=intruder"), rogue, rogue.signer("CN=unused"));
    DmpClientConfig base = bed.config;
    DmpClientConfig c = new DmpClientConfig(base.baseUrl(), base.trustStore(),
        base.trustPassword(), List.of(new OrganisationCredentials(DmpTestBed.ORG_ID,
            rogueAuth.credentials().get(0).authKeyStore(), TestPki.PASSWORD,
            base.credentials().get(0).signKeyStore(), TestPki.PASSWORD)), base.sourceId(),
        base.deviceAuthor(), base.lpsId(), base.lpsName(), base.lpsVersion(),
        base.homologation(), true, base.connectTimeout(), base.requestTimeout());
    DmpClient client = new XdsDmpClient(c, Clock.systemUTC());
    assertThatThrownBy(() -> client.publish(publication("1.2.3.8")))
        .isInstanceOf(DmpUnavailableException.class);
    assertThat(bed.simulator.registry().all()).isEmpty();
  }

  @Test
  void onlyThePublishingOrganisationMayUnpublish() throws Exception {
    bed.client.publish(publication("1.2.3.10"));
    Organisation other = new Organisation("111111111", "Other imaging centre",
        DmpTestBed.organisation().facilityType(), DmpTestBed.organisation().practiceSetting());
    DmpClientConfig c = bed.config;
    OrganisationCredentials mine = c.credentials().get(0);
    DmpClient shared = new XdsDmpClient(new DmpClientConfig(c.baseUrl(), c.trustStore(),
        c.trustPassword(), List.of(mine, new OrganisationCredentials(other.identifier(),
            mine.authKeyStore(), mine.authPassword(), mine.signKeyStore(), mine.signPassword())),
        c.sourceId(), c.deviceAuthor(), c.lpsId(), c.lpsName(), c.lpsVersion(),
        c.homologation(), false, c.connectTimeout(), c.requestTimeout()), Clock.systemUTC());
    Actor intruder = new Actor(DmpTestBed.radiologist(), other, AuthenticationMode.INDIRECTE);
    assertThatThrownBy(() -> shared.unpublish(DmpTestBed.patient(), "1.2.3.10", intruder))
        .isInstanceOfSatisfying(DmpRejectedException.class, e -> assertThat(e.errors())
            .extracting(DmpError::code).containsExactly("XDSMetadataUpdateError"));
    shared.unpublish(DmpTestBed.patient(), "1.2.3.10", DmpTestBed.actor());
    assertThat(bed.simulator.registry().byUniqueId("1.2.3.10").orElseThrow().status())
        .isEqualTo(org.opendrimbox.xds.rim.XdsIds.DMP_DELETED);
  }

  /** A clock tests can move forward. */
  static final class MutableClock extends Clock {
    private Instant now = Instant.parse("2026-01-01T10:00:00Z");

    synchronized void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public synchronized Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
