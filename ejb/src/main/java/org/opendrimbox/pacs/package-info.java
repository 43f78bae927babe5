/**
 * PACS-facing DIMSE work: the box's DICOM application entity (listener) and, with the source features, the
 * C-FIND/C-MOVE/C-GET requests to {@code DRIMBOX_PACS} and the C-STORE SCP receiving images and IOCM notes.
 */
package org.opendrimbox.pacs;
