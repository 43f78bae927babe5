package org.opendrimbox.web.error;

/** An RFC 9457 problem document. */
public record Problem(String type, String title, int status, String detail, String instance) {

  public static final String MEDIA_TYPE = "application/problem+json";
}
