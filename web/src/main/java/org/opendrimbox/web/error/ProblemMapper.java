package org.opendrimbox.web.error;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Maps every exception escaping a resource to problem+json. Client errors keep their status and message;
 * anything else becomes a 500 whose detail is an incident id found in the server log, never a stack trace.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable e) {
    String instance = uriInfo == null ? null : uriInfo.getPath();
    if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
      int status = wae.getResponse().getStatus();
      Response.Status.Family family = Response.Status.Family.familyOf(status);
      String title = Response.Status.fromStatusCode(status) != null
          ? Response.Status.fromStatusCode(status).getReasonPhrase() : family.name();
      return build(new Problem("about:blank", title, status, e.getMessage(), instance), wae.getResponse());
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Incident " + incident + " on " + instance, e);
    return build(new Problem("about:blank", "Internal Server Error", 500,
        "Unexpected error; incident " + incident + " is in the server log.", instance), null);
  }

  private static Response build(Problem problem, Response original) {
    Response.ResponseBuilder b = Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    if (original != null) {
      original.getHeaders().forEach((k, v) -> {
        if (!"Content-Type".equalsIgnoreCase(k)) {
          v.forEach(value -> b.header(k, value));
        }
      });
    }
    return b.build();
  }
}
