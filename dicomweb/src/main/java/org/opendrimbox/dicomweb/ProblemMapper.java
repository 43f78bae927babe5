package org.opendrimbox.dicomweb;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger.Level;
import java.util.UUID;
import org.opendrimbox.source.SourceException;
import org.opendrimbox.trust.AccessDeniedException;

/**
 * The one exception mapper of the DICOMweb service: every failure becomes an RFC 9457 problem+json document.
 * {@link SourceException} reasons map to 400/404/406/503, {@link AccessDeniedException} to 401 (with {@code
 * WWW-Authenticate: Bearer}) or 403, JAX-RS client errors keep their status; anything else is a 500 whose detail is
 * an incident id found in the server log.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

  static final String PROBLEM_JSON = "application/problem+json";
  private static final System.Logger LOG = System.getLogger(ProblemMapper.class.getName());

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable e) {
    String instance = uriInfo == null ? null : "/" + uriInfo.getPath().replaceFirst("^/", "");
    if (e instanceof SourceException se) {
      int status = status(se.reason());
      if (status == 503) {
        LOG.log(Level.WARNING, "PACS unavailable for " + instance + ": " + se.getMessage());
      }
      return problem(status, se.getMessage(), instance).build();
    }
    if (e instanceof AccessDeniedException ade) {
      Response.ResponseBuilder b = problem(ade.httpStatus(), ade.reason(), instance);
      if (ade.httpStatus() == 401) {
        b.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
      }
      return b.build();
    }
    if (e instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
      Response.ResponseBuilder b = problem(wae.getResponse().getStatus(), e.getMessage(), instance);
      wae.getResponse().getHeaders().forEach((k, v) -> {
        if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(k)) {
          v.forEach(value -> b.header(k, value));
        }
      });
      return b.build();
    }
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.ERROR, "Incident " + incident + " on " + instance, e);
    return problem(500, "Unexpected error; incident " + incident + " is in the server log.", instance).build();
  }

  /** The HTTP status of a source refusal. */
  static int status(SourceException.Reason reason) {
    return switch (reason) {
      case BAD_REQUEST -> 400;
      case NOT_FOUND -> 404;
      case NOT_ACCEPTABLE -> 406;
      case UNAVAILABLE -> 503;
    };
  }

  static Response.ResponseBuilder problem(int status, String detail, String instance) {
    Response.Status s = Response.Status.fromStatusCode(status);
    JsonObjectBuilder o = Json.createObjectBuilder().add("type", "about:blank")
        .add("title", s != null ? s.getReasonPhrase() : "HTTP " + status).add("status", status);
    if (detail != null) {
      o.add("detail", detail);
    }
    if (instance != null) {
      o.add("instance", instance);
    }
    return Response.status(status).type(PROBLEM_JSON).entity(o.build().toString());
  }
}
