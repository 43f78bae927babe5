package org.opendrimbox.web.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.opendrimbox.publication.KtService;

/**
 * K and T of a semester: {@code GET /api/admin/kt?year=2026&semester=2} (default: the current semester), with
 * the reports counted in T and not in K and why.
 */
@Path("/admin/kt")
@Produces(MediaType.APPLICATION_JSON)
public class KtResource {

  @Inject private KtService kt;

  @GET
  public KtService.Kt get(@QueryParam("year") Integer year, @QueryParam("semester") Integer semester) {
    try {
      KtService.Semester s = year == null || semester == null
          ? KtService.Semester.of(Instant.now()) : new KtService.Semester(year, semester);
      return kt.compute(s);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }
}
