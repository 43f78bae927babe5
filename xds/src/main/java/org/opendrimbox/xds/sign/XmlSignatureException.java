package org.opendrimbox.xds.sign;

/** An XML signature that could not be produced, or that does not verify. */
public class XmlSignatureException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public XmlSignatureException(String message) {
    super(message);
  }

  public XmlSignatureException(String message, Throwable cause) {
    super(message, cause);
  }
}
