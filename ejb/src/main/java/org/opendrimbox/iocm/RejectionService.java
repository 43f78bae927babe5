package org.opendrimbox.iocm;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opendrimbox.jpa.entity.PublicationTask;
import org.opendrimbox.jpa.entity.PublicationTask.Action;
import org.opendrimbox.jpa.entity.PublishedKos;
import org.opendrimbox.jpa.entity.RejectedInstance;
import org.opendrimbox.jpa.entity.RejectionEffect;
import org.opendrimbox.jpa.entity.RejectionEffect.Effect;
import org.opendrimbox.jpa.entity.RejectionNote;
import org.opendrimbox.kos.KosReferences;
import org.opendrimbox.publication.PublicationPlanner;

/**
 * Stores a rejection note and its effect in one short transaction, before the C-STORE is answered: the note,
 * its rejected instances, and per study the effect decided by {@link RejectionRule} on the current KOS
 * (locked, so that two notes for the same study are decided one after the other); a replacement or a
 * withdrawal is queued through the {@link PublicationPlanner}. No network I/O here. A note already stored
 * (same SOP Instance UID) changes nothing and gets its first outcome back.
 */
@Stateless
public class RejectionService {

  @PersistenceContext(unitName = "drimbox")
  private EntityManager em;

  @Inject private PublicationPlanner planner;

  private final Clock clock = Clock.systemUTC();

  public Outcome receive(IocmNote note, String callingAet) {
    Optional<RejectionNote> stored = em.createNamedQuery(RejectionNote.FIND_BY_SOP_INSTANCE, RejectionNote.class)
        .setParameter("uid", note.sopInstanceUid()).getResultStream().findFirst();
    if (stored.isPresent()) {
      return new Outcome(true, effects(stored.get().getId()));
    }
    RejectionNote row = new RejectionNote(note.sopInstanceUid(), note.reason().code(), callingAet, clock.instant());
    em.persist(row);
    em.flush();
    List<Outcome.StudyEffect> effects = new ArrayList<>();
    for (Map.Entry<String, Set<String>> study : note.byStudy().entrySet()) {
      effects.add(apply(row.getId(), study.getKey(), study.getValue()));
    }
    for (RejectedRef r : note.rejected()) {
      em.persist(new RejectedInstance(row.getId(), r.studyUid(), r.seriesUid(), r.sopClassUid(), r.sopInstanceUid()));
    }
    return new Outcome(false, effects);
  }

  private Outcome.StudyEffect apply(long noteId, String studyUid, Set<String> rejected) {
    Set<String> previous = new HashSet<>(em.createNamedQuery(RejectedInstance.UIDS_BY_STUDY, String.class)
        .setParameter("study", studyUid).getResultList());
    Optional<PublishedKos> current = em.createNamedQuery(PublishedKos.FIND_CURRENT_BY_STUDY, PublishedKos.class)
        .setParameter("study", studyUid).setParameter("status", PublishedKos.Status.PUBLISHED)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE).setMaxResults(1).getResultStream().findFirst();
    PublicationTask publishing = current.map(k -> em.find(PublicationTask.class, k.getTaskId())).orElse(null);
    Effect effect = RejectionRule.decide(publishing == null ? null : KosReferences.read(publishing.getKos()).instanceUids(),
        previous, rejected);
    Long taskId = switch (effect) {
      case REPLACE -> planner.planImageChange(publishing.getReceivedMessageId(), Action.PUBLISH, studyUid,
          publishing.getAccessionNumber());
      case WITHDRAW -> planner.planImageChange(publishing.getReceivedMessageId(), Action.WITHDRAW, studyUid,
          publishing.getAccessionNumber());
      case NOT_PUBLISHED, NO_CHANGE -> null;
    };
    em.persist(new RejectionEffect(noteId, studyUid, effect,
        current.map(PublishedKos::getKosSopInstanceUid).orElse(null), taskId));
    return new Outcome.StudyEffect(studyUid, effect, taskId);
  }

  private List<Outcome.StudyEffect> effects(long noteId) {
    return em.createNamedQuery(RejectionEffect.FIND_BY_NOTE, RejectionEffect.class).setParameter("note", noteId)
        .getResultStream().map(e -> new Outcome.StudyEffect(e.getStudyInstanceUid(), e.getEffect(), e.getTaskId()))
        .toList();
  }
}
