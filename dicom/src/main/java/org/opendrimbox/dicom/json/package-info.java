/** DICOM JSON Model (PS3.18 Annex F): streaming writer and reader over jakarta.json.stream. */
package org.opendrimbox.dicom.json;
