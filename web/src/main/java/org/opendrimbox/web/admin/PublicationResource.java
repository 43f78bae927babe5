package org.opendrimbox.web.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.opendrimbox.publication.PublicationAdmin;
import org.opendrimbox.publication.TaskView;

/**
 * The publication queue for operators: {@code GET /api/admin/publications[?state=FAILED&max=100]}, {@code GET
 * /api/admin/publications/{id}}, {@code POST /api/admin/publications/{id}/retry}, {@code GET
 * /api/admin/publications/{id}/kos} (application/dicom).
 */
@Path("/admin/publications")
@Produces(MediaType.APPLICATION_JSON)
public class PublicationResource {

  @Inject private PublicationAdmin admin;

  @GET
  public List<TaskView> list(@QueryParam("state") String state, @QueryParam("max") @DefaultValue("100") int max) {
    try {
      return admin.list(state, Math.max(1, Math.min(max, 1000)));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }

  @GET
  @Path("/{id}")
  public TaskView detail(@PathParam("id") long id) {
    return admin.find(id).orElseThrow(() -> new NotFoundException("no publication task " + id));
  }

  @POST
  @Path("/{id}/retry")
  public TaskView retry(@PathParam("id") long id) {
    TaskView task = detail(id);
    if (!admin.retry(id)) {
      throw new WebApplicationException("task " + id + " is " + task.state() + ": only FAILED tasks can be retried",
          Response.Status.CONFLICT);
    }
    return detail(id);
  }

  @GET
  @Path("/{id}/kos")
  @Produces("application/dicom")
  public Response kos(@PathParam("id") long id) {
    byte[] kos = admin.kos(id).orElseThrow(() -> new NotFoundException("no KOS built for task " + id));
    return Response.ok(kos, "application/dicom")
        .header("Content-Disposition", "attachment; filename=\"kos-task-" + id + ".dcm\"").build();
  }
}
