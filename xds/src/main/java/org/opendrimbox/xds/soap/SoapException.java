package org.opendrimbox.xds.soap;

/** A SOAP or MIME framing error. */
public class SoapException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SoapException(String message) {
    super(message);
  }
}
