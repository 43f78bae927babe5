package org.opendrimbox.it.support;

import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit extension giving the IT classes one shared, configured box on H2 (port offset 100: HTTP 8180,
 * management 10090, DICOM 11212, HL7 2675). It starts with the first class that needs it and stops when the
 * whole test run ends.
 */
public final class SharedBox implements BeforeAllCallback {

  public static final int PORT_OFFSET = 100;
  public static final int DICOM_PORT = 11212;
  public static final int HL7_PORT = 2675;
  public static final String AET = "DRIMBOX_IT";

  private static WildFlyServer server;

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(SharedBox.class, k -> new Handle(), Handle.class);
  }

  public static WildFlyServer server() {
    if (server == null) {
      throw new IllegalStateException("annotate the test class with @ExtendWith(SharedBox.class)");
    }
    return server;
  }

  /** Environment of the shared box. */
  public static Map<String, String> environment() {
    return Map.of(
        "DRIMBOX_AET", AET,
        "DRIMBOX_DICOM_PORT", String.valueOf(DICOM_PORT),
        "DRIMBOX_HL7_PORT", String.valueOf(HL7_PORT),
        "DRIMBOX_BIND_ADDRESS", "127.0.0.1",
        "DRIMBOX_BASE_URL", "http://127.0.0.1:" + (8080 + PORT_OFFSET));
  }

  @SuppressWarnings("deprecation")
  private static final class Handle implements ExtensionContext.Store.CloseableResource {
    Handle() {
      server = WildFlyServer.startConfigured("shared-h2", PORT_OFFSET, environment());
    }

    @Override
    public void close() {
      server.stop();
    }
  }
}
