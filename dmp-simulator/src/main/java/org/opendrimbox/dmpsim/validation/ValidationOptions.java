package org.opendrimbox.dmpsim.validation;

import org.opendrimbox.xds.sign.XadesVerifier;

/**
 * Validation depth.
 *
 * @param signatures FULL verifies VIHF and XAdES signature values (and trust when configured);
 *     STRUCTURE checks their presence and shape only — needed for the ANS samples, whose signing
 *     certificates are masked and whose bytes were re-indented after signing
 * @param requireDocuments false validates metadata only (the validator sample has no MIME parts)
 */
public record ValidationOptions(XadesVerifier.Mode signatures, boolean requireDocuments) {
  public static final ValidationOptions STRICT =
      new ValidationOptions(XadesVerifier.Mode.FULL, true);
  public static final ValidationOptions SAMPLES =
      new ValidationOptions(XadesVerifier.Mode.STRUCTURE, true);
  public static final ValidationOptions METADATA_ONLY =
      new ValidationOptions(XadesVerifier.Mode.STRUCTURE, false);

  public boolean fullSignatures() {
    return signatures == XadesVerifier.Mode.FULL;
  }
}
