package org.opendrimbox.ids;

/**
 * A CDA document identifier (HL7 v3 II): an OID root with an optional extension. In HL7 v2 TXA-12
 * it is written {@code ext^^root^ISO}, or {@code root} alone when there is no extension.
 *
 * @param root the OID (or UUID for a setId)
 * @param extension the extension, or null
 */
public record DocumentId(String root, String extension) {

  public DocumentId {
    root = Issuer.blankToNull(root);
    extension = Issuer.blankToNull(extension);
    if (root == null) {
      throw new IllegalArgumentException("document id needs a root");
    }
  }

  /** A root-only id. */
  public static DocumentId of(String root) {
    return new DocumentId(root, null);
  }

  /** The HL7 v2 EI form used in TXA-12/TXA-13. */
  public String toEi() {
    return extension == null ? root : extension + "^^" + root + "^ISO";
  }

  /** {@code root} or {@code root^extension} (the XDS uniqueId form). */
  @Override
  public String toString() {
    return extension == null ? root : root + "^" + extension;
  }
}
