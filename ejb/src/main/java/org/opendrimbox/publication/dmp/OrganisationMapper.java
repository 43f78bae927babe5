package org.opendrimbox.publication.dmp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opendrimbox.dmp.CodedValue;
import org.opendrimbox.dmp.Organisation;
import org.opendrimbox.intake.Author;
import org.opendrimbox.intake.CdaReport;
import org.opendrimbox.intake.Code;
import org.opendrimbox.intake.ReportMessage;
import org.opendrimbox.intake.Sender;
import org.opendrimbox.intake.ServiceEvent;

/**
 * The publishing organisation (R5, R13): its structure identifier selects the ORG certificates.
 * Taken from the CDA (the validating professional's represented organisation, then the author's,
 * the performer's, the custodian), else from PRT-8 of the PRT SB segment, whose FINESS-type
 * identifiers are turned into the IDNST form (prefix {@code 1} for FINESS, {@code 3} for SIRET).
 */
final class OrganisationMapper {
  static final String STRUCTURE_OID = "1.2.250.1.71.4.2.2";
  static final String FACILITY_TYPE_OID = "1.2.250.1.71.4.2.4";

  private OrganisationMapper() {}

  static Organisation organisation(ReportMessage report, CdaReport cda, ServiceEvent event)
      throws UnpublishableReportException {
    List<org.opendrimbox.intake.Organisation> candidates = candidates(cda, event);
    org.opendrimbox.intake.Organisation chosen = candidates.stream()
        .filter(o -> o.id() != null && STRUCTURE_OID.equals(o.id().root())
            && o.id().extension() != null && !o.id().extension().isBlank())
        .findFirst().orElse(null);
    String id;
    String name;
    if (chosen != null) {
      id = chosen.id().extension().strip();
      name = chosen.name();
    } else {
      Sender s = report.sender().filter(x -> x.organisation() != null
          && x.organisation().extension() != null).orElseThrow(
              () -> new UnpublishableReportException("no organisation identifier (CDA "
                  + "representedOrganization/id in " + STRUCTURE_OID + ", PRT-8.10)"));
      id = idnst(s.organisationIdType(), s.organisation().extension().strip());
      name = s.organisationName();
    }
    Code practice = candidates.stream().map(org.opendrimbox.intake.Organisation::practiceSetting)
        .filter(Objects::nonNull).findFirst().orElseThrow(() -> new UnpublishableReportException(
            "the CDA gives no practice setting (standardIndustryClassCode)"));
    Code facility = Optional.ofNullable(cda.healthcareFacilityType()).orElseThrow(
        () -> new UnpublishableReportException(
            "the CDA gives no healthcare facility type (healthCareFacility/code)"));
    return new Organisation(id, name, coded(facility), coded(practice));
  }

  /** PRT-8.7 type + PRT-8.10 id as an IDNST structure identifier. */
  static String idnst(String type, String id) {
    if (type == null) {
      return id;
    }
    return switch (type) {
      case "FINEG", "FINEJ" -> id.length() == 9 ? "1" + id : id;
      case "SIRET" -> id.length() == 14 ? "3" + id : id;
      default -> id;
    };
  }

  private static List<org.opendrimbox.intake.Organisation> candidates(CdaReport cda,
      ServiceEvent event) {
    List<org.opendrimbox.intake.Organisation> out = new ArrayList<>();
    ProfessionalMapper.validator(cda).map(Author::organisation).ifPresent(out::add);
    Optional.ofNullable(cda.author()).map(Author::organisation).ifPresent(out::add);
    if (event != null && event.performerOrganisation() != null) {
      out.add(event.performerOrganisation());
    }
    if (cda.custodian() != null) {
      out.add(cda.custodian());
    }
    return out;
  }

  static CodedValue coded(Code c) {
    return new CodedValue(c.code(), c.codeSystem(), c.displayName());
  }
}
