/**
 * The Key Object Selection "manifest" of an exam (IHE XDS-I.b, CI-SIS IMG-KOS, requirement R10): pure
 * building logic from the report data and the PACS study, no I/O ({@link org.opendrimbox.kos.KosBuilder}).
 */
package org.opendrimbox.kos;
