/** DICOM data model: tags, VRs, the PS3.6 dictionary, UIDs, data sets ({@link org.opendrimbox.dicom.data.Attributes}) and values. */
package org.opendrimbox.dicom.data;
