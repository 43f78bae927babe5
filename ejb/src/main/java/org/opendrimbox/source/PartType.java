package org.opendrimbox.source;

/**
 * What one part of a multipart response carries.
 *
 * @param mediaType the part's media type ({@code application/dicom}, {@code application/octet-stream}, {@code
 *     image/jls}...)
 * @param transferSyntax the transfer syntax the part is encoded in
 */
public record PartType(String mediaType, String transferSyntax) {

  /** The part's Content-Type value, with its {@code transfer-syntax} parameter. */
  public String contentType() {
    return mediaType + "; transfer-syntax=" + transferSyntax;
  }
}
