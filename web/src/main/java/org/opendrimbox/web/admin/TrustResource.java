package org.opendrimbox.web.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.opendrimbox.config.DrimboxSettings;
import org.opendrimbox.trust.Whitelist;
import org.opendrimbox.trust.WhitelistRegistry;
import org.opendrimbox.trust.WhitelistVerification;

/**
 * The whitelist in force (R51): {@code GET /api/admin/trust} shows the mode, the list in force and the outcome of
 * the last load; {@code POST /api/admin/trust/whitelist/reload} loads {@code DRIMBOX_WHITELIST} again now (as the
 * hourly reload does) and answers that load's verification. A rejected list never replaces the one in force.
 */
@Path("/admin/trust")
@Produces(MediaType.APPLICATION_JSON)
public class TrustResource {

  @Inject private DrimboxSettings settings;
  @Inject private WhitelistRegistry registry;

  /** What the box trusts now; {@code entries} is -1 and {@code generatedAt} null without a valid list. */
  public record TrustView(String mode, String whitelistSource, int entries, Instant generatedAt,
      WhitelistVerification lastVerification) {}

  @GET
  public TrustView get() {
    Whitelist current = registry.current().orElse(null);
    return new TrustView(settings.trust().mode().name(), settings.trust().whitelist(),
        current == null ? -1 : current.entries().size(), current == null ? null : current.generatedAt(),
        registry.lastVerification().orElse(null));
  }

  @POST
  @Path("/whitelist/reload")
  public WhitelistVerification reload() {
    return registry.reload();
  }
}
