package org.opendrimbox.dmp;

import java.util.Objects;

/**
 * The health organisation on whose behalf the box acts; it selects the ORG certificates (R13).
 *
 * @param identifier structure identifier (e.g. FINESS or SIRET based id "499700367909006")
 * @param name organisation name
 * @param facilityType healthcareFacilityTypeCode / activity sector (1.2.250.1.71.4.2.4, SAxx)
 * @param practiceSetting practiceSettingCode (1.2.250.1.213.1.1.4.9, e.g. AMBULATOIRE)
 */
public record Organisation(String identifier, String name, CodedValue facilityType,
    CodedValue practiceSetting) {
  public Organisation {
    Objects.requireNonNull(identifier, "identifier");
    Objects.requireNonNull(facilityType, "facilityType");
    Objects.requireNonNull(practiceSetting, "practiceSetting");
  }
}
