/**
 * Implementation of the HL7 intake: character-set decoding, HAPI parsing, field mapping, CDA
 * extraction (StAX), validation rules and ACK encoding. Not to be used outside the intake feature.
 */
package org.opendrimbox.intake.internal;
