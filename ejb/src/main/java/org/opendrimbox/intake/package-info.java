/**
 * RIS report intake: parses and validates the HL7 v2 messages of the CI-SIS "CDA R2 in HL7v2"
 * profile (ORU^R01, MDM^T02/T10/T04, OMI^O23), extracts the embedded CDA into a {@link
 * org.opendrimbox.intake.ReportMessage}, and builds the AA/AE/AR acknowledgement. Pure logic, no
 * transport: the MLLP and JMS adapters call {@link org.opendrimbox.intake.Hl7IntakeParser}.
 */
package org.opendrimbox.intake;
