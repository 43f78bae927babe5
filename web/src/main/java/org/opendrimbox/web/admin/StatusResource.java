package org.opendrimbox.web.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.opendrimbox.config.DrimboxSettings;
import org.opendrimbox.platform.BoxEventView;
import org.opendrimbox.platform.BoxLifecycle;
import org.opendrimbox.platform.BoxVersion;
import org.opendrimbox.publication.FeedHealth;

/**
 * {@code GET /api/admin/status}: version, environment, effective settings, recent life-cycle events and the
 * feed health (failed publications, rejected reports: R9, DB.SO.21).
 */
@Path("/admin/status")
public class StatusResource {

  @Inject private DrimboxSettings settings;

  @Inject private BoxLifecycle lifecycle;

  @Inject private FeedHealth feedHealth;

  /** The status document. */
  public record Status(
      String version, String environment, SettingsView settings, List<BoxEventView> events,
      FeedHealth.Report feed) {}

  /** The settings, as shown to administrators (none of them is secret). */
  public record SettingsView(
      String baseUrl, String wadoRsBase, String aet, int dicomPort, int hl7Port, String pacs, String dmpUrl,
      String dataDir, String nodeName) {}

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public Status status(@QueryParam("events") Integer events) {
    int max = events == null ? 20 : Math.max(1, Math.min(events, 500));
    return new Status(
        BoxVersion.current(),
        System.getProperty("drimbox.environment", "unknown"),
        new SettingsView(
            settings.baseUrl().toString(), settings.wadoRsBase(), settings.aet(), settings.dicomPort(),
            settings.hl7Port(), settings.pacs().toString(), settings.dmpUrl().toString(),
            settings.dataDir().toString(), settings.nodeName()),
        lifecycle.recentEvents(max),
        feedHealth.report());
  }
}
