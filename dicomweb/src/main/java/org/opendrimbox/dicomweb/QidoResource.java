package org.opendrimbox.dicomweb;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.json.DicomJsonWriter;
import org.opendrimbox.source.PacsQido;
import org.opendrimbox.source.SourceException;
import org.opendrimbox.source.StudyCoverage;
import org.opendrimbox.trust.AccessDeniedException;

/**
 * QIDO-RS for the box's own viewer and tools (loopback callers only), answered by C-FIND on the PACS: {@code
 * /studies}, {@code /studies/{s}/series}, {@code /studies/{s}/instances}, {@code /studies/{s}/series/{se}/instances};
 * attribute=value matching, {@code includefield}, {@code limit}. Answers are DICOM JSON arrays.
 */
@RequestScoped
@Path("")
public class QidoResource {

  @Inject private PeerGate gate;
  @Inject private PacsQido qido;

  @Context private HttpServletRequest request;
  @Context private UriInfo uriInfo;

  @GET
  @Path("studies")
  public Response studies() throws AccessDeniedException, IOException {
    return search(PacsQido.Level.STUDY, Map.of());
  }

  @GET
  @Path("studies/{study}/series")
  public Response series(@PathParam("study") String study) throws AccessDeniedException, IOException {
    return search(PacsQido.Level.SERIES, Map.of("StudyInstanceUID", study));
  }

  @GET
  @Path("studies/{study}/instances")
  public Response studyInstances(@PathParam("study") String study) throws AccessDeniedException, IOException {
    return search(PacsQido.Level.IMAGE, Map.of("StudyInstanceUID", study));
  }

  @GET
  @Path("studies/{study}/series/{series}/instances")
  public Response seriesInstances(@PathParam("study") String study, @PathParam("series") String series)
      throws AccessDeniedException, IOException {
    StudyCoverage.requireUid(series, "series");
    return search(PacsQido.Level.IMAGE, Map.of("StudyInstanceUID", study, "SeriesInstanceUID", series));
  }

  private Response search(PacsQido.Level level, Map<String, String> fixed) throws AccessDeniedException {
    gate.local(request);
    fixed.values().forEach(uid -> StudyCoverage.requireUid(uid, "study or series"));
    MultivaluedMap<String, String> q = uriInfo.getQueryParameters();
    Map<String, String> match = new LinkedHashMap<>();
    List<String> include = new ArrayList<>();
    int limit = 0;
    for (Map.Entry<String, List<String>> e : q.entrySet()) {
      switch (e.getKey()) {
        case "includefield" -> e.getValue().forEach(v -> include.addAll(List.of(v.split(","))));
        case "limit" -> limit = parseLimit(e.getValue().get(0));
        case "offset", "fuzzymatching" -> { } // not supported: ignored
        default -> match.put(e.getKey(), e.getValue().get(0));
      }
    }
    match.putAll(fixed);
    Attributes keys = PacsQido.keys(level, match, include);
    int max = limit;
    StreamingOutput body = out -> {
      try (JsonGenerator gen = Json.createGenerator(out)) {
        gen.writeStartArray();
        DicomJsonWriter writer = new DicomJsonWriter(gen);
        qido.find(keys, max, writer::write);
        gen.writeEnd();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    };
    return Response.ok(body).type("application/dicom+json").build();
  }

  private static int parseLimit(String s) {
    try {
      return Math.max(0, Integer.parseInt(s));
    } catch (NumberFormatException e) {
      throw new SourceException(SourceException.Reason.BAD_REQUEST, "invalid limit '" + s + "'");
    }
  }
}
