/**
 * DIMSE networking: immutable configuration records, the {@link org.opendrimbox.dicom.net.Device} (listeners and
 * outgoing associations on an injected executor), the {@link org.opendrimbox.dicom.net.Association} with streaming PDV
 * input and output, and the DIMSE message vocabulary (commands, status codes, priorities).
 */
package org.opendrimbox.dicom.net;
