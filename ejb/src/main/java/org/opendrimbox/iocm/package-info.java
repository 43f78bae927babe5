/**
 * IOCM rejection notes (IHE RAD Imaging Object Change Management, R15, DB.SO.25/26): the Storage SCP that
 * receives them from the PACS on the box's DICOM listener ({@link org.opendrimbox.iocm.IocmStoreScp}, a thin
 * adapter), the reading and checking of a note ({@link org.opendrimbox.iocm.IocmNoteReader}), and the service
 * that stores it and decides, in the same short transaction, what it does to the study's publication (replace
 * the KOS without the rejected instances, or withdraw it) through the publication queue.
 */
package org.opendrimbox.iocm;
