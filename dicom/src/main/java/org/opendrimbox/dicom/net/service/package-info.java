/**
 * DIMSE service providers: the {@link org.opendrimbox.dicom.net.service.DicomService} contract, its registry, and
 * template SCPs for C-ECHO, C-STORE (streaming to disk), C-FIND, C-MOVE and C-GET.
 */
package org.opendrimbox.dicom.net.service;
