/**
 * PACS-facing DIMSE work: the box's DICOM application entity (listener) and the lookup of a report's study in
 * {@code DRIMBOX_PACS} by Study Root C-FIND with the R9 coherence checks ({@link
 * org.opendrimbox.pacs.PacsQueryService}); later the C-MOVE/C-GET and the C-STORE SCP for images and IOCM notes.
 */
package org.opendrimbox.pacs;
