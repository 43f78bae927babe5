package org.opendrimbox.intake;

/**
 * An organisation of the CDA header (author's represented organisation, custodian, performer).
 *
 * @param id its identifier (FINESS/SIRET scheme 1.2.250.1.71.4.2.2 in the data sets), may be null
 * @param name its name, may be null
 * @param practiceSetting its standardIndustryClassCode (XDS practiceSettingCode), may be null
 */
public record Organisation(InstanceId id, String name, Code practiceSetting) {}
