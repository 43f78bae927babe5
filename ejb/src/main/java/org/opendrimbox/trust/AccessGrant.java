package org.opendrimbox.trust;

/**
 * A granted access: who the requesting professional is.
 *
 * @param rpps the professional's RPPS identifier
 * @param name the professional's display name
 * @param organisation the professional's organisation
 */
public record AccessGrant(String rpps, String name, String organisation) {}
