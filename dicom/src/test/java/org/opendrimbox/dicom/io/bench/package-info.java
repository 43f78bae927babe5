/** Parse-throughput benchmark of the Part 10 reader (a documented command, not a unit test). */
package org.opendrimbox.dicom.io.bench;
