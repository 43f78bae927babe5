package org.opendrimbox.xds.soap;

/**
 * A SOAP 1.2 fault: code ({@code Sender}/{@code Receiver}), optional subcode (e.g.
 * {@code wsse:InvalidSecurity}) and reason text.
 */
public record SoapFault(String code, String subcode, String reason) {
  public static final String SENDER = "Sender";
  public static final String RECEIVER = "Receiver";

  /** True when the fault blames the request (not worth retrying). */
  public boolean isSenderFault() {
    return code != null && code.endsWith(SENDER);
  }
}
