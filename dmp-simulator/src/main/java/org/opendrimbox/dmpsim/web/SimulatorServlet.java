package org.opendrimbox.dmpsim.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.opendrimbox.dmpsim.DmpSimulator;
import org.opendrimbox.dmpsim.SimulatorResponse;

/**
 * Thin servlet adapter: every request under the context root is handed to {@link DmpSimulator}.
 * TLS (and client-certificate authentication) is the server's business: configure an HTTPS
 * listener with {@code need-client-auth} in WildFly for a faithful DMP.
 */
@WebServlet(urlPatterns = "/*", loadOnStartup = 1)
public class SimulatorServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private transient DmpSimulator simulator;

  @Override
  public void init() {
    simulator = new DmpSimulator(SimulatorSettings.fromSystem(), Clock.systemUTC());
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    byte[] body = req.getInputStream().readAllBytes();
    SimulatorResponse r = simulator.handle(req.getMethod(), req.getPathInfo(),
        req.getContentType(), body);
    resp.setStatus(r.status());
    resp.setContentType(r.contentType());
    resp.setContentLength(r.body().length);
    resp.getOutputStream().write(r.body());
  }
}
