package org.opendrimbox.config;

import java.util.List;

/** Thrown at start-up when one or more settings are invalid; the message lists every problem. */
public class InvalidSettingsException extends RuntimeException {

  private final List<String> problems;

  public InvalidSettingsException(List<String> problems) {
    super("Invalid OpenDRIMbox settings (see docs/operations/configuration.md):\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
