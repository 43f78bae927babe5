/**
 * DICOMweb adapter of the source service: WADO-RS for peer DRIMboxes, QIDO-RS and PACS calibration for local tools,
 * capabilities and health; errors leave as problem+json through {@link org.opendrimbox.dicomweb.ProblemMapper}.
 */
package org.opendrimbox.dicomweb;
