package org.opendrimbox.it.support;

/** System properties set by failsafe (see it/pom.xml). */
public final class TestConfig {

  private TestConfig() {}

  public static String require(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("system property " + name + " not set: run the ITs through Maven (failsafe)");
    }
    return value;
  }
}
