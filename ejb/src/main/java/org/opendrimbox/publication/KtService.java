package org.opendrimbox.publication;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The K and T indicators of the funding call (section 3.3), per semester (Paris time): T counts reports
 * received from the RIS with a qualified identity and what is needed to build the KOS; K counts KOS accepted
 * by the DMP. The reports counted in T without an accepted KOS are listed with their reason.
 */
@Stateless
public class KtService {

  static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  @PersistenceContext(unitName = "drimbox")
  private EntityManager em;

  /** A semester: 1 (January-June) or 2 (July-December). */
  public record Semester(int year, int half) {
    public Semester {
      if (half != 1 && half != 2) {
        throw new IllegalArgumentException("semester must be 1 or 2");
      }
    }

    public Instant start() {
      return LocalDate.of(year, half == 1 ? 1 : 7, 1).atStartOfDay(PARIS).toInstant();
    }

    public Instant end() {
      return half == 1 ? new Semester(year, 2).start() : new Semester(year + 1, 1).start();
    }

    public static Semester of(Instant t) {
      LocalDate d = t.atZone(PARIS).toLocalDate();
      return new Semester(d.getYear(), d.getMonthValue() <= 6 ? 1 : 2);
    }
  }

  /** A report counted in T whose KOS is not (yet) accepted by the DMP. */
  public record Missing(long receivedMessageId, String controlId, Instant receivedAt, String reason) {}

  /** K, T, their ratio and the reports that make the difference. */
  public record Kt(Semester semester, long k, long t, Double ratio, List<Missing> missing) {}

  public Kt compute(Semester s) {
    long t = em.createQuery("select count(m) from ReceivedMessage m where m.tQualifying = true"
            + " and m.receivedAt >= :from and m.receivedAt < :to", Long.class)
        .setParameter("from", s.start()).setParameter("to", s.end()).getSingleResult();
    long k = em.createNamedQuery(org.opendrimbox.jpa.entity.PublishedKos.COUNT_BETWEEN, Long.class)
        .setParameter("from", s.start()).setParameter("to", s.end()).getSingleResult();
    List<Object[]> rows = em.createQuery("select m.id, m.controlId, m.receivedAt,"
            + " (select max(t.state) from PublicationTask t where t.receivedMessageId = m.id),"
            + " (select max(t.lastError) from PublicationTask t where t.receivedMessageId = m.id)"
            + " from ReceivedMessage m where m.tQualifying = true and m.receivedAt >= :from and m.receivedAt < :to"
            + " and not exists (select 1 from PublishedKos k, PublicationTask t2"
            + "   where k.taskId = t2.id and t2.receivedMessageId = m.id)"
            + " order by m.id", Object[].class)
        .setParameter("from", s.start()).setParameter("to", s.end()).setMaxResults(10_000).getResultList();
    List<Missing> missing = rows.stream().map(r -> new Missing((Long) r[0], (String) r[1], (Instant) r[2],
        reason(r[3], (String) r[4]))).toList();
    return new Kt(s, k, t, t == 0 ? null : (double) k / t, missing);
  }

  private static String reason(Object state, String lastError) {
    if (state == null) {
      return "no publication task";
    }
    return state + (lastError == null ? "" : ": " + lastError);
  }
}
