package org.opendrimbox.source;

/**
 * One media range of an {@code Accept} header, normalised.
 *
 * @param mediaType type/subtype in lower case ({@code multipart/related}, {@code *}{@code /*}, ...)
 * @param relatedType the {@code type} parameter of a multipart range in lower case, or null
 * @param transferSyntax the {@code transfer-syntax} parameter ({@code *} or a UID), or null
 * @param quality the {@code q} parameter, 1 by default
 * @param position the range's position among every range of the request (header order, then list order)
 */
public record AcceptedType(String mediaType, String relatedType, String transferSyntax, double quality,
    int position) {

  /** Whether this range accepts any type ({@code *}{@code /*}) or any multipart ({@code multipart/*}). */
  public boolean isWildcard() {
    return "*/*".equals(mediaType) || "multipart/*".equals(mediaType);
  }

  /** Whether this is a multipart/related range whose related type is {@code type} (absent counts as match). */
  public boolean isMultipartOf(String type) {
    return "multipart/related".equals(mediaType) && (relatedType == null || relatedType.equals(type)
        || relatedType.equals(type.substring(0, type.indexOf('/')) + "/*") || "*/*".equals(relatedType));
  }
}
