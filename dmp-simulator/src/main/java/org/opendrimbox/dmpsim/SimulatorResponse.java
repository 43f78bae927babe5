package org.opendrimbox.dmpsim;

import java.nio.charset.StandardCharsets;

/** A transport-neutral HTTP answer of the simulator. */
public record SimulatorResponse(int status, String contentType, byte[] body) {

  public static SimulatorResponse text(int status, String text) {
    return new SimulatorResponse(status, "text/plain; charset=UTF-8",
        text.getBytes(StandardCharsets.UTF_8));
  }

  public static SimulatorResponse json(int status, String json) {
    return new SimulatorResponse(status, "application/json",
        json.getBytes(StandardCharsets.UTF_8));
  }
}
