package org.opendrimbox.publication;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.opendrimbox.config.DrimboxSettings;
import org.opendrimbox.intake.IntakeResult;
import org.opendrimbox.intake.ReportMessage;
import org.opendrimbox.jpa.entity.PublicationTask.Action;
import org.opendrimbox.jpa.entity.PublicationTask.State;
import org.opendrimbox.jpa.entity.PublishedKos;
import org.opendrimbox.publication.internal.Backoff;
import org.opendrimbox.publication.internal.ParsedReports;
import org.opendrimbox.publication.internal.PublicationRepository;
import org.opendrimbox.publication.internal.PublicationRepository.Claim;

/**
 * Runs publication tasks: claims the row, re-reads the stored report (parsed once, see {@link ParsedReports}),
 * finds the study and builds its KOS (stored on the row before anything is sent, so every attempt sends the
 * same document), publishes or withdraws it in the DMP, and records the outcome. Not transactional: network
 * I/O happens between the repository's short transactions. Failures become row states: waiting for the
 * PACS, retrying with back-off, or failed (final, visible to operators, retryable by them).
 */
@ApplicationScoped
public class PublicationService {

  private static final Logger LOG = System.getLogger(PublicationService.class.getName());

  /** How long a worker holds a task before another may take it over. */
  static final Duration LEASE = Duration.ofMinutes(5);

  @Inject private ParsedReports reports;
  @Inject private PublicationRepository repository;
  @Inject private KosSource kosSource;
  @Inject private DmpGateway dmp;
  @Inject private DrimboxSettings settings;
  @Inject private Event<KosPublished> published;

  /** Runs the task if there is something to do; a duplicate or late message does nothing. */
  public void process(long taskId) {
    Optional<Claim> claim = repository.claim(taskId, LEASE);
    if (claim.isEmpty()) {
      LOG.log(Level.DEBUG, "publication task {0}: nothing to do", taskId);
      return;
    }
    Claim task = claim.get();
    try {
      if (task.action() == Action.PUBLISH) {
        publish(task, report(reports.of(task.receivedMessageId(),
            () -> repository.rawMessage(task.receivedMessageId()))));
      } else {
        withdraw(task);
      }
    } catch (StepException e) {
      handle(task, e);
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, "publication task " + taskId + ": unexpected failure", e);
      handle(task, new StepException(StepException.Kind.UNAVAILABLE, "unexpected: " + e, e));
    }
  }

  /** Operator retry of a failed task. */
  public boolean retry(long taskId) {
    return repository.retry(taskId);
  }

  private static ReportMessage report(IntakeResult result) throws StepException {
    if (result instanceof IntakeResult.Accepted accepted) {
      return accepted.report();
    }
    throw new StepException(StepException.Kind.REJECTED, "stored report no longer parses: " + result.issues());
  }

  private void publish(Claim task, ReportMessage report) throws StepException {
    BuiltKos kos;
    String replaced;
    if (task.kos() != null) {
      kos = new BuiltKos(task.kosSopInstanceUid(), task.studyInstanceUid(), task.kos(), task.modalities());
      replaced = task.replacedKosUid();
    } else {
      kos = kosSource.build(report, () -> repository.rawMessage(task.receivedMessageId()), task.studyInstanceUid(),
          task.accessionNumber());
      replaced = repository.currentKos(kos.studyInstanceUid()).map(PublishedKos::getKosSopInstanceUid).orElse(null);
      repository.attachKos(task.id(), kos, replaced);
    }
    dmp.publish(report, kos, replaced);
    var ins = report.patient().ins().orElseThrow();
    repository.published(task.id(), ins.value(), ins.oid());
    LOG.log(Level.INFO, "publication task {0}: KOS {1} of study {2} accepted by the DMP{3}", task.id(),
        kos.sopInstanceUid(), kos.studyInstanceUid(), replaced == null ? "" : " (replaces " + replaced + ")");
    published.fire(new KosPublished(task.id(), kos.studyInstanceUid(), kos.sopInstanceUid()));
  }

  /** Withdraws the study's current KOS, acting as the organisation whose report published it. */
  private void withdraw(Claim task) throws StepException {
    Optional<PublishedKos> current =
        task.studyInstanceUid() == null ? Optional.empty() : repository.currentKos(task.studyInstanceUid());
    if (current.isPresent()) {
      var published = repository.findPublished(current.get().getKosSopInstanceUid()).orElseThrow();
      dmp.withdraw(report(reports.parse(published.publishingMessage())), published.kos());
    }
    repository.withdrawn(task.id(), current.map(PublishedKos::getKosSopInstanceUid).orElse(null));
    LOG.log(Level.INFO, "publication task {0}: study {1} {2}", task.id(), task.studyInstanceUid(),
        current.isPresent() ? "withdrawn from the DMP" : "had no KOS in the DMP");
  }

  private void handle(Claim task, StepException e) {
    Backoff backoff = new Backoff(settings.retryBase(), settings.retryMax());
    Duration delay = backoff.after(task.attempts());
    switch (e.kind()) {
      case STUDY_NOT_IN_PACS -> {
        if (Instant.now().plus(delay).isAfter(task.createdAt().plus(settings.pacsWait()))) {
          fail(task, "study not found in the PACS within " + settings.pacsWait().toMinutes() + " min: " + e.getMessage());
        } else {
          repository.postpone(task.id(), State.WAITING_PACS, delay, e.getMessage());
          LOG.log(Level.INFO, "publication task {0}: study not yet in the PACS, next try in {1} s", task.id(),
              delay.toSeconds());
        }
      }
      case UNAVAILABLE -> {
        repository.postpone(task.id(), State.RETRYING, delay, e.getMessage());
        LOG.log(Level.WARNING, "publication task {0}: {1}; next try in {2} s", task.id(), e.getMessage(),
            delay.toSeconds());
      }
      case REJECTED -> fail(task, e.getMessage());
    }
  }

  private void fail(Claim task, String reason) {
    repository.fail(task.id(), reason);
    // Feed errors need an operator (R9, DB.SO.21): ERROR level, and the FAILED row in the admin API.
    LOG.log(Level.ERROR, "publication task {0} FAILED, operator action needed: {1}", task.id(), reason);
  }
}
