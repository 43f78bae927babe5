/**
 * The MLLP transport of HL7 v2 (framing {@code VT ... FS CR}) for the RIS intake: a plain-Java server on
 * container-managed threads and its start-up adapter. It deals in bytes; decoding is the intake service's job.
 */
package org.opendrimbox.intake.mllp;
