/**
 * The {@code drimbox-dicom} command line tool ({@code java -jar drimbox-dicom-*-cli.jar <command>}): dump, echo, find,
 * get, move, store and storescp, with options close to dcmtk's.
 */
package org.opendrimbox.dicom.tool;
