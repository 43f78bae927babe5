package org.opendrimbox.dmp;

/** One error reported by the DMP (XDS RegistryError, or SOAP fault subcode). */
public record DmpError(String code, String context, String severity) {
  @Override
  public String toString() {
    return code + (context == null || context.isEmpty() ? "" : ": " + context);
  }
}
