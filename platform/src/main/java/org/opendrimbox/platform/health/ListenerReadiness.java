package org.opendrimbox.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** UP when the HL7 MLLP and DICOM listeners are bound and accepting. */
@Readiness
@ApplicationScoped
public class ListenerReadiness implements HealthCheck {

  /** EJB names of the listener singletons in drimbox-ejb, by report key. */
  static final String[][] LISTENERS = {{"hl7", "MllpListener"}, {"dicom", "DicomListener"}};

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("drimbox-listeners");
    boolean up = true;
    for (String[] listener : LISTENERS) {
      try {
        var probe = (ReadinessProbe) new InitialContext().lookup(
            "java:global/drimbox/drimbox-ejb/" + listener[1] + "!" + ReadinessProbe.class.getName());
        up &= probe.isRunning();
        response.withData(listener[0], probe.describe());
      } catch (NamingException | RuntimeException e) {
        up = false;
        response.withData(listener[0], "not deployed: " + e.getMessage());
      }
    }
    return response.status(up).build();
  }
}
