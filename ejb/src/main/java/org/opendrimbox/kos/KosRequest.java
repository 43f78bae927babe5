package org.opendrimbox.kos;

import org.opendrimbox.ids.AccessionNumber;
import org.opendrimbox.ids.PlacerOrderNumber;
import org.opendrimbox.intake.Code;

/**
 * One item of the KOS Referenced Request Sequence (drimm-digest §4.4): the order the exam fulfils.
 *
 * @param accession the accession number with its issuer, or null
 * @param placerOrder the placer order number with its issuer, or null
 * @param requestedProcedure the requested procedure code (the CDA serviceEvent code), or null
 */
public record KosRequest(AccessionNumber accession, PlacerOrderNumber placerOrder, Code requestedProcedure) {

  public KosRequest {
    if (accession == null && placerOrder == null) {
      throw new IllegalArgumentException("a request needs an accession number or a placer order number");
    }
  }
}
