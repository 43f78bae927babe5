package org.opendrimbox.web.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.opendrimbox.audit.AuditRecord;
import org.opendrimbox.audit.AuditTrail;

/**
 * The audit trail, read-only, newest first: {@code GET /api/admin/audit[?type=PEER_ACCESS|actor=<RPPS>][&max=100]}
 * (type wins over actor). Records carry no patient identifier.
 */
@Path("/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject private AuditTrail trail;

  @GET
  public List<AuditRecord> list(@QueryParam("type") String type, @QueryParam("actor") String actor,
      @QueryParam("max") @DefaultValue("100") int max) {
    int limit = Math.max(1, Math.min(max, 1000));
    if (type != null && !type.isBlank()) {
      return trail.byType(type.strip(), limit);
    }
    if (actor != null && !actor.isBlank()) {
      return trail.byActor(actor.strip(), limit);
    }
    return trail.recent(limit);
  }
}
