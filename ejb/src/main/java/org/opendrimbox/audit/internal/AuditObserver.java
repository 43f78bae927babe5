package org.opendrimbox.audit.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.opendrimbox.audit.AuditRecord;
import org.opendrimbox.audit.AuditTrail;

/**
 * Writes every fired {@link AuditRecord} to the trail, synchronously: a feature that fires a record knows,
 * when {@code fire} returns without exception, that the row is committed.
 */
@ApplicationScoped
public class AuditObserver {

  @Inject private AuditTrail trail;

  void onRecord(@Observes AuditRecord record) {
    trail.record(record);
  }
}
