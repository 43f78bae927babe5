/**
 * Immutable identifier value objects (INS, patient id, Study Instance UID, accession number,
 * placer order, document id) shared by every feature; each validates its value on construction.
 */
package org.opendrimbox.ids;
