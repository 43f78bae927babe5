package org.opendrimbox.trust;

import java.io.IOException;

/**
 * Entry point of the PSC simulator child process started by {@link PscSimulator}: runs mock-oauth2-server's
 * standalone main and halts as soon as its standard input closes, i.e. when the test JVM that started it
 * exits or dies, so that no simulator outlives a test run.
 */
public final class PscSimulatorMain {

  static final String SERVER_MAIN = "no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt";

  private PscSimulatorMain() {}

  public static void main(String[] args) throws Exception {
    Thread watchdog = new Thread(() -> {
      try {
        while (System.in.read() != -1) {
          // parent still there
        }
      } catch (IOException e) {
        // pipe broken: parent gone
      }
      Runtime.getRuntime().halt(0);
    }, "parent-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    Class.forName(SERVER_MAIN).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
  }
}
