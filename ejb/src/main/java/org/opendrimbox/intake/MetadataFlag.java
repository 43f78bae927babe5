package org.opendrimbox.intake;

/**
 * One DMP/MSSanté metadata OBX (OBX-3 coded in system {@code MetaDMPMSS}, OBX-5 Y/N).
 *
 * @param code OBX-3.1, e.g. {@code MASQUE_PS}
 * @param label OBX-3.2 as sent
 * @param value OBX-5.1 is {@code Y}
 */
public record MetadataFlag(String code, String label, boolean value) {}
