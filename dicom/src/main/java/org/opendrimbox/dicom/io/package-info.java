/** Streaming Part 10 and raw data set reading and writing, transcoding between the uncompressed little endian syntaxes. */
package org.opendrimbox.dicom.io;
