package org.opendrimbox.dicomweb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.opendrimbox.source.CalibrationReport;
import org.opendrimbox.source.PacsCalibration;
import org.opendrimbox.source.SourceException;
import org.opendrimbox.source.StudyCache;
import org.opendrimbox.trust.AccessDeniedException;

/**
 * Service-level resources: liveness ({@code GET /} and {@code GET /rs}, as the ANS healthcheck calls it, R26),
 * capabilities ({@code OPTIONS /}: a WADL of the resources, PS3.18 §8.9) and the PACS calibration tool ({@code GET
 * /admin/calibration?study=UID&echoes=N}, loopback only, R25/DB.SO.102) and {@code DELETE /admin/cache}.
 */
@RequestScoped
@Path("")
public class ServiceResource {

  @Inject private PeerGate gate;
  @Inject private PacsCalibration calibration;
  @Inject private StudyCache cache;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @GET
  @Produces({MediaType.APPLICATION_JSON, "application/dicom+json", "*/*"})
  public Response health() {
    return Response.ok(Json.createObjectBuilder().add("status", "UP").add("service", "WADO-RS")
        .build().toString()).type(MediaType.APPLICATION_JSON).build();
  }

  @GET
  @Path("rs")
  @Produces({MediaType.APPLICATION_JSON, "*/*"})
  public Response healthRs() {
    return health();
  }

  @OPTIONS
  public Response capabilities() throws IOException {
    String wadl;
    try (InputStream in = ServiceResource.class.getResourceAsStream("capabilities.wadl")) {
      wadl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    wadl = wadl.replace("@BASE@", uriInfo.getBaseUri().toString());
    return Response.ok(wadl).type("application/vnd.sun.wadl+xml")
        .header("Allow", "GET, OPTIONS").build();
  }

  /** Empties the study cache (studies being read are kept); loopback only. */
  @DELETE
  @Path("admin/cache")
  @Produces(MediaType.APPLICATION_JSON)
  public Response clearCache() throws AccessDeniedException {
    gate.local(request);
    int n = cache.clear();
    return Response.ok(Json.createObjectBuilder().add("evictedStudies", n).add("cacheBytes", cache.size()).build()
        .toString()).build();
  }

  @GET
  @Path("admin/calibration")
  @Produces(MediaType.APPLICATION_JSON)
  public Response calibrate(@QueryParam("study") String study, @DefaultValue("10") @QueryParam("echoes") int echoes)
      throws AccessDeniedException {
    gate.local(request);
    if (echoes < 1 || echoes > 1000) {
      throw new SourceException(SourceException.Reason.BAD_REQUEST, "echoes must be 1-1000");
    }
    CalibrationReport r;
    try {
      r = calibration.run(echoes, study);
    } catch (IOException e) {
      throw new SourceException(SourceException.Reason.UNAVAILABLE, "PACS calibration failed: " + e.getMessage(), e);
    }
    return Response.ok(Json.createObjectBuilder().add("pacs", r.pacs()).add("echoes", r.echoes())
        .add("echoMinMs", r.echoMinMs()).add("echoAvgMs", r.echoAvgMs()).add("echoMaxMs", r.echoMaxMs())
        .add("associationMs", r.associationMs()).add("firstInstanceMs", r.firstInstanceMs())
        .add("totalMs", r.totalMs()).add("instances", r.instances()).add("bytes", r.bytes())
        .add("mbps", r.mbps()).add("cacheBytes", cache.size()).build().toString()).build();
  }
}
