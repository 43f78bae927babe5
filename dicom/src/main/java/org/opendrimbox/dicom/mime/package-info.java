/** Media types and streaming multipart/related (RFC 2387) writing and parsing for DICOMweb payloads. */
package org.opendrimbox.dicom.mime;
