package org.opendrimbox.intake;

/**
 * The validating professional and organisation of the PRT segment with PRT-4 = SB ("Send by",
 * requirement R5): RPPS in PRT-5, organisation in PRT-8.
 *
 * @param professional PRT-5.1 with the OID of PRT-5.9 (1.2.250.1.71.4.2.1 for RPPS)
 * @param organisationName PRT-8.1
 * @param organisationIdType PRT-8.7, one of FINEJ, FINEG, IDNST
 * @param organisation PRT-8.10 with the OID of PRT-8.6 (1.2.250.1.71.4.2.2)
 */
public record Sender(
    InstanceId professional,
    String organisationName,
    String organisationIdType,
    InstanceId organisation) {}
