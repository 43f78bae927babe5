package org.opendrimbox.dicomweb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.Optional;
import org.opendrimbox.dicom.mime.MultipartWriter;
import org.opendrimbox.source.AcceptHeader;
import org.opendrimbox.source.CachedInstance;
import org.opendrimbox.source.InsCoercion;
import org.opendrimbox.source.InstancePartWriter;
import org.opendrimbox.source.MetadataWriter;
import org.opendrimbox.source.Negotiation;
import org.opendrimbox.source.PublishedKos;
import org.opendrimbox.source.SourceException;
import org.opendrimbox.source.StudyCache;
import org.opendrimbox.source.StudyCoverage;
import org.opendrimbox.trust.AccessDeniedException;
import org.opendrimbox.trust.AccessGrant;

/**
 * WADO-RS retrieve of studies, series and instances (multipart {@code application/dicom}) and their metadata
 * (DICOM JSON) for peer DRIMboxes (R18-R23): authorization, {@code KOS-SOPInstanceUID} coverage, Accept negotiation,
 * then the objects streamed from the study cache as the PACS delivers them, INS added to each.
 */
@RequestScoped
@Path("")
public class WadoResource {

  private static final System.Logger LOG = System.getLogger(WadoResource.class.getName());
  /** Write buffer in front of the servlet stream: the transcoder writes element by element. */
  static final int BUFFER = 64 * 1024;

  @Inject private PeerGate gate;
  @Inject private StudyCoverage coverage;
  @Inject private StudyCache cache;

  @Context private HttpServletRequest request;
  @Context private HttpServletResponse response;
  @Context private HttpHeaders headers;
  @Context private UriInfo uriInfo;

  @GET
  @Path("studies/{study}")
  public Response study(@PathParam("study") String study) throws AccessDeniedException, IOException {
    return retrieve(study, null, null);
  }

  @GET
  @Path("studies/{study}/series/{series}")
  public Response series(@PathParam("study") String study, @PathParam("series") String series)
      throws AccessDeniedException, IOException {
    return retrieve(study, series, null);
  }

  @GET
  @Path("studies/{study}/series/{series}/instances/{instance}")
  public Response instance(@PathParam("study") String study, @PathParam("series") String series,
      @PathParam("instance") String instance) throws AccessDeniedException, IOException {
    StudyCoverage.requireUid(instance, "instance");
    return retrieve(study, series, instance);
  }

  @GET
  @Path("studies/{study}/metadata")
  public Response studyMetadata(@PathParam("study") String study) throws AccessDeniedException, IOException {
    return metadata(study, null, null);
  }

  @GET
  @Path("studies/{study}/series/{series}/metadata")
  public Response seriesMetadata(@PathParam("study") String study, @PathParam("series") String series)
      throws AccessDeniedException, IOException {
    return metadata(study, series, null);
  }

  @GET
  @Path("studies/{study}/series/{series}/instances/{instance}/metadata")
  public Response instanceMetadata(@PathParam("study") String study, @PathParam("series") String series,
      @PathParam("instance") String instance) throws AccessDeniedException, IOException {
    StudyCoverage.requireUid(instance, "instance");
    return metadata(study, series, instance);
  }

  @GET
  @Path("studies/{study}/series/{series}/instances/{instance}/frames/{frames}")
  public Response frames(@PathParam("study") String study, @PathParam("series") String series,
      @PathParam("instance") String instance, @PathParam("frames") String frames)
      throws AccessDeniedException, IOException {
    StudyCoverage.requireUid(instance, "instance");
    admit(study, series);
    Negotiation negotiation = Negotiation.forFrames(AcceptHeader.parse(AcceptFilter.acceptValues(request)));
    try (Selection selection = new Selection(cache.open(study, series), series, instance)) {
      return FrameStreams.frames(selection.first(), frames, negotiation);
    }
  }

  @GET
  @Path("studies/{study}/series/{series}/instances/{instance}/bulkdata/{tag}")
  public Response bulkData(@PathParam("study") String study, @PathParam("series") String series,
      @PathParam("instance") String instance, @PathParam("tag") String tag)
      throws AccessDeniedException, IOException {
    StudyCoverage.requireUid(instance, "instance");
    admit(study, series);
    try (Selection selection = new Selection(cache.open(study, series), series, instance)) {
      return FrameStreams.bulkData(selection.first(), tag);
    }
  }

  /** Authorizes and checks the KOS coverage (a refusal is audited); returns the covering KOS. */
  PublishedKos admit(String study, String series) throws AccessDeniedException {
    String resource = "/" + uriInfo.getPath().replaceFirst("^/", "");
    AccessGrant grant = gate.peer(request, resource);
    try {
      return coverage.check(headers.getHeaderString(StudyCoverage.KOS_HEADER), study, series);
    } catch (SourceException e) {
      gate.refused(request, grant, resource, ProblemMapper.status(e.reason()), e.getMessage());
      throw e;
    }
  }

  private Response retrieve(String study, String series, String instance) throws AccessDeniedException, IOException {
    PublishedKos kos = admit(study, series);
    Negotiation negotiation = Negotiation.forInstances(AcceptHeader.parse(AcceptFilter.acceptValues(request)));
    Selection selection = new Selection(cache.open(study, series), series, instance);
    try {
      CachedInstance first = selection.first();
      if (negotiation.choose(first.transferSyntax()).isEmpty()) {
        throw new SourceException(SourceException.Reason.NOT_ACCEPTABLE, "the objects are stored in "
            + first.transferSyntax() + ", which the Accept header does not allow (nor 1.2.840.10008.1.2.1 for"
            + " uncompressed objects); add transfer-syntax=" + first.transferSyntax() + " or transfer-syntax=*");
      }
      String boundary = MultipartWriter.newBoundary();
      InsCoercion coercion = new InsCoercion(kos.ins());
      boolean complete = cache.isCached(study);
      StreamingOutput body = out -> {
        Optional<DirectPartStream> direct = direct(out, complete);
        stream(selection, direct.map(d -> new InstancePartWriter(d, boundary, negotiation, coercion, d))
            .orElseGet(() -> new InstancePartWriter(new BufferedOutputStream(out, BUFFER), boundary, negotiation,
                coercion)), direct.isPresent() ? "direct buffer" : "JAX-RS stream");
        if (direct.isPresent()) {
          direct.get().close();
        }
      };
      return Response.ok(body).header(HttpHeaders.CONTENT_TYPE,
          "multipart/related; type=\"application/dicom\"; boundary=" + boundary).build();
    } catch (IOException | RuntimeException e) {
      selection.close();
      throw e;
    }
  }

  /**
   * The container's own stream as a {@link DirectPartStream} (file ranges sent from a direct buffer), if it takes NIO
   * buffers; else the parts go to the JAX-RS stream. The JAX-RS stream is flushed first, which commits the status and
   * headers; the bytes then go to the container's stream only. complete: the study is cached, parts may be gathered.
   */
  private Optional<DirectPartStream> direct(OutputStream out, boolean complete) throws IOException {
    out.flush();
    // the injected response's stream is RESTEasy's delegating wrapper: the container's own is kept by AcceptFilter
    HttpServletResponse container = AcceptFilter.containerResponse(request);
    HttpServletResponse r = container != null ? container : response;
    return r.isCommitted() ? DirectPartStream.over(r.getOutputStream(), complete) : Optional.empty();
  }

  private static void stream(Selection selection, InstancePartWriter writer, String via) throws IOException {
    long t0 = System.nanoTime();
    try (selection) {
      CachedInstance i;
      while ((i = selection.next()) != null) {
        writer.write(i);
      }
      writer.finish(); // flushes the buffer
    } catch (SourceException e) {
      throw new IOException(e.getMessage(), e); // status already sent: abort the response
    }
    LOG.log(Level.INFO, "WADO-RS retrieve: {0} instances sent, {1} skipped (transfer syntax), {2} ms ({3})",
        writer.written(), writer.skipped(), (System.nanoTime() - t0) / 1_000_000, via);
  }

  private Response metadata(String study, String series, String instance) throws AccessDeniedException, IOException {
    PublishedKos kos = admit(study, series);
    Selection selection = new Selection(cache.open(study, series), series, instance);
    try {
      selection.first();
      String base = uriInfo.getBaseUri().toString().replaceFirst("/$", "") + "/studies/" + study;
      InsCoercion coercion = new InsCoercion(kos.ins());
      StreamingOutput body = out -> writeMetadata(selection, new BufferedOutputStream(out, BUFFER), base, coercion);
      return Response.ok(body).type("application/dicom+json").build();
    } catch (IOException | RuntimeException e) {
      selection.close();
      throw e;
    }
  }

  private static void writeMetadata(Selection selection, OutputStream out, String base, InsCoercion coercion)
      throws IOException {
    try (selection; JsonGenerator gen = Json.createGenerator(out)) {
      gen.writeStartArray();
      MetadataWriter writer = new MetadataWriter(gen, coercion);
      CachedInstance i;
      while ((i = selection.next()) != null) {
        writer.write(i, base + "/series/" + i.seriesUid() + "/instances/" + i.sopInstanceUid());
      }
      gen.writeEnd();
    } catch (SourceException e) {
      throw new IOException(e.getMessage(), e);
    }
  }
}
