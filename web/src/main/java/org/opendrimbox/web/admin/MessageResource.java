package org.opendrimbox.web.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.opendrimbox.intake.reception.MessageView;
import org.opendrimbox.intake.reception.ReceptionAdmin;

/** Messages received from the RIS, with their verdict: {@code GET /api/admin/messages[?status=REJECTED&max=100]}. */
@Path("/admin/messages")
@Produces(MediaType.APPLICATION_JSON)
public class MessageResource {

  @Inject private ReceptionAdmin reception;

  @GET
  public List<MessageView> list(@QueryParam("status") String status, @QueryParam("max") @DefaultValue("100") int max) {
    try {
      return reception.recent(status, Math.max(1, Math.min(max, 1000)));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }
}
