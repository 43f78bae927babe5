package org.opendrimbox.dmpsim;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.opendrimbox.dmpsim.store.FileRegistry;
import org.opendrimbox.dmpsim.transactions.Iti18Handler;
import org.opendrimbox.dmpsim.transactions.Iti41Handler;
import org.opendrimbox.dmpsim.transactions.Iti43Handler;
import org.opendrimbox.dmpsim.transactions.Iti57Handler;
import org.opendrimbox.dmpsim.validation.ErrorCodes;
import org.opendrimbox.xds.soap.Attachment;
import org.opendrimbox.xds.soap.MtomMessage;
import org.opendrimbox.xds.soap.MtomReader;
import org.opendrimbox.xds.soap.MtomWriter;
import org.opendrimbox.xds.soap.Soap;
import org.opendrimbox.xds.soap.SoapException;
import org.opendrimbox.xds.soap.SoapFault;
import org.opendrimbox.xds.transaction.RegistryError;
import org.opendrimbox.xds.transaction.RegistryResponse;
import org.opendrimbox.xds.transaction.RetrieveDocumentSet;
import org.opendrimbox.xds.transaction.XdsActions;
import org.opendrimbox.xds.xml.Xml;
import org.opendrimbox.xds.xml.XmlException;
import org.w3c.dom.Document;

/**
 * The simulator behind any HTTP adapter (servlet in WildFly, JDK HttpsServer in tests): routes
 * {@code /repository}, {@code /registry}, {@code /submissions}, {@code /documents/{uid}} and
 * {@code /admin/failure} relative to the context root, applies the failure switch, and maps
 * outcomes to SOAP responses.
 */
public final class DmpSimulator {
  private static final Logger LOG = Logger.getLogger(DmpSimulator.class.getName());
  private static final String SOAP_XML = "application/soap+xml; charset=UTF-8";

  private final SimulatorConfig config;
  private final FileRegistry registry;
  private final FailureSwitch failures;
  private final Iti41Handler iti41;
  private final Iti43Handler iti43;
  private final Iti18Handler iti18;
  private final Iti57Handler iti57;

  public DmpSimulator(SimulatorConfig config, Clock clock) {
    this.config = config;
    this.registry = new FileRegistry(config.dataDir());
    this.failures = new FailureSwitch(clock);
    this.iti41 = new Iti41Handler(config, registry, clock);
    this.iti43 = new Iti43Handler(config, registry);
    this.iti18 = new Iti18Handler(config, registry);
    this.iti57 = new Iti57Handler(config, registry, clock);
  }

  public FileRegistry registry() {
    return registry;
  }

  public FailureSwitch failures() {
    return failures;
  }

  public Iti41Handler iti41() {
    return iti41;
  }

  /** Handles one HTTP request; {@code path} is relative to the context root. */
  public SimulatorResponse handle(String method, String path, String contentType, byte[] body) {
    String p = path == null || path.isEmpty() ? "/" : path;
    if ("GET".equals(method) && p.equals("/submissions")) {
      return SimulatorResponse.json(200, InspectionJson.submissions(registry.all()));
    }
    if ("GET".equals(method) && p.startsWith("/documents/")) {
      Optional<byte[]> bytes = registry.content(p.substring("/documents/".length()));
      return bytes.map(b -> new SimulatorResponse(200, "application/octet-stream", b))
          .orElseGet(() -> SimulatorResponse.text(404, "unknown document"));
    }
    if ("POST".equals(method) && p.equals("/admin/failure")) {
      InspectionJson.FailureRequest r = InspectionJson.failureRequest(body);
      failures.set(r.mode(), Duration.ofSeconds(r.durationSeconds()));
      return SimulatorResponse.json(200, InspectionJson.failureState(failures));
    }
    if ("GET".equals(method) && p.equals("/admin/failure")) {
      return SimulatorResponse.json(200, InspectionJson.failureState(failures));
    }
    if ("POST".equals(method) && (p.equals("/repository") || p.equals("/registry"))) {
      return soap(p.equals("/repository"), contentType, body);
    }
    return SimulatorResponse.text(404, "no such resource");
  }

  private SimulatorResponse soap(boolean repository, String contentType, byte[] body) {
    FailureSwitch.Mode mode = failures.current();
    if (mode == FailureSwitch.Mode.UNAVAILABLE) {
      return SimulatorResponse.text(503, "DMP simulator unavailable (failure switch)");
    }
    if (mode == FailureSwitch.Mode.SLOW && !sleep(config.slowDelay())) {
      return SimulatorResponse.text(503, "DMP simulator stopping");
    }
    try {
      MtomMessage message = MtomReader.read(contentType, body);
      Document env = message.envelope();
      String action = Soap.addressing(env, "Action").orElse("");
      String relates = Soap.addressing(env, "MessageID").orElse(null);
      if (mode == FailureSwitch.Mode.REJECT) {
        return registryResponse(action + "Response", relates, RegistryResponse.failure(List.of(
            RegistryError.error(ErrorCodes.REGISTRY_ERROR, "rejected by failure switch"))));
      }
      return dispatch(repository, action, relates, env, message);
    } catch (SoapFaultException e) {
      LOG.log(Level.INFO, "SOAP fault: {0}", e.getMessage());
      return fault(e.fault());
    } catch (SoapException | XmlException | IllegalArgumentException e) {
      return fault(new SoapFault(SoapFault.SENDER, null, "malformed request: " + e.getMessage()));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "simulator failure", e);
      return fault(new SoapFault(SoapFault.RECEIVER, null, "internal error"));
    }
  }

  private SimulatorResponse dispatch(boolean repository, String action, String relates,
      Document env, MtomMessage message) {
    if (repository && action.equals(XdsActions.ITI41)) {
      return registryResponse(XdsActions.ITI41_RESPONSE, relates, iti41.handle(env, message));
    }
    if (repository && action.equals(XdsActions.ITI43)) {
      return retrieveResponse(relates, iti43.handle(env));
    }
    if (!repository && action.equals(XdsActions.ITI18)) {
      Document out = Soap.response(XdsActions.ITI18_RESPONSE, relates);
      iti18.handle(env).write(Soap.body(out));
      return new SimulatorResponse(200, SOAP_XML, Xml.toBytes(out));
    }
    if (!repository && action.equals(XdsActions.ITI57)) {
      return registryResponse(XdsActions.ITI57_RESPONSE, relates, iti57.handle(env));
    }
    return fault(new SoapFault(SoapFault.SENDER, null, "action not supported here: " + action));
  }

  private static SimulatorResponse registryResponse(String action, String relates,
      RegistryResponse response) {
    Document out = Soap.response(action, relates);
    response.write(Soap.body(out));
    return new SimulatorResponse(200, SOAP_XML, Xml.toBytes(out));
  }

  private static SimulatorResponse retrieveResponse(String relates,
      RetrieveDocumentSet.Response r) {
    Document out = Soap.response(XdsActions.ITI43_RESPONSE, relates);
    List<Attachment> parts = RetrieveDocumentSet.writeResponse(Soap.body(out), r.status(),
        r.documents());
    MtomWriter writer = new MtomWriter();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      writer.write(bytes, XdsActions.ITI43_RESPONSE, Xml.toBytes(out), parts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SimulatorResponse(200, writer.contentType(XdsActions.ITI43_RESPONSE),
        bytes.toByteArray());
  }

  private static SimulatorResponse fault(SoapFault fault) {
    return new SimulatorResponse(fault.isSenderFault() ? 400 : 500, SOAP_XML,
        Xml.toBytes(Soap.fault(fault)));
  }

  private static boolean sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
