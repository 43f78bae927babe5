package org.opendrimbox.xds.transaction;

/** One {@code rs:RegistryError}. */
public record RegistryError(String errorCode, String codeContext, String severity,
    String location) {
  public static final String ERROR = "urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Error";
  public static final String WARNING =
      "urn:oasis:names:tc:ebxml-regrep:ErrorSeverityType:Warning";

  /** An error-severity entry. */
  public static RegistryError error(String code, String context) {
    return new RegistryError(code, context, ERROR, null);
  }

  public boolean isError() {
    return severity == null || severity.endsWith("Error");
  }
}
