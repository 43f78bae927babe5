package org.opendrimbox.publication.dmp;

import java.util.Optional;
import org.opendrimbox.dmp.CodedValue;
import org.opendrimbox.dmp.Professional;
import org.opendrimbox.intake.Author;
import org.opendrimbox.intake.CdaReport;
import org.opendrimbox.intake.Code;
import org.opendrimbox.intake.InstanceId;
import org.opendrimbox.intake.ReportMessage;
import org.opendrimbox.intake.Sender;

/**
 * Chooses the professional on whose behalf the KOS is published (VIHF subject, legalAuthenticator)
 * and maps his CI-SIS profession/specialty code ({@code G15_10/SM44} in 1.2.250.1.213.1.1.4.5) to the
 * two VIHF roles (profession 1.2.250.1.71.1.2.7, specialty 1.2.250.1.71.4.2.5).
 */
final class ProfessionalMapper {
  static final String RPPS_OID = "1.2.250.1.71.4.2.1";
  static final String CISIS_PROFESSION_OID = "1.2.250.1.213.1.1.4.5";
  static final String PROFESSION_OID = "1.2.250.1.71.1.2.7";
  static final String SPECIALTY_OID = "1.2.250.1.71.4.2.5";

  private ProfessionalMapper() {}

  /**
   * The CDA legal authenticator (the validating radiologist) when identified by RPPS, else the
   * CDA author; an empty result when neither has an RPPS.
   */
  static Optional<Author> validator(CdaReport cda) {
    if (hasRpps(cda.legalAuthenticator())) {
      return Optional.of(cda.legalAuthenticator());
    }
    return hasRpps(cda.author()) ? Optional.of(cda.author()) : Optional.empty();
  }

  static Professional professional(ReportMessage report, CdaReport cda)
      throws UnpublishableReportException {
    Optional<Author> chosen = validator(cda);
    String rpps = chosen.map(a -> a.id().extension())
        .or(() -> report.sender().map(Sender::professional)
            .filter(id -> RPPS_OID.equals(id.root())).map(InstanceId::extension))
        .orElseThrow(() -> new UnpublishableReportException(
            "no professional identified by RPPS (CDA legalAuthenticator/author, PRT SB)"));
    Code code = chosen.map(Author::specialty)
        .or(() -> Optional.ofNullable(cda.author()).map(Author::specialty))
        .orElseThrow(() -> new UnpublishableReportException(
            "the CDA gives no profession code for professional " + rpps));
    return roles(rpps, code);
  }

  /** {@code G15_10/SM44} "Médecin - Radio-diagnostic (SM)" to profession 10 and specialty SM44. */
  static Professional roles(String rpps, Code code) throws UnpublishableReportException {
    String[] parts = code.code().split("/", 2);
    String profession = parts[0].startsWith("G15_") ? parts[0].substring(4) : parts[0];
    if (profession.isBlank()) {
      throw new UnpublishableReportException("unreadable profession code " + code.code());
    }
    String[] displays = code.displayName() == null ? new String[0]
        : code.displayName().split(" - ", 2);
    CodedValue specialty = parts.length < 2 || parts[1].isBlank() ? null
        : new CodedValue(parts[1], SPECIALTY_OID, displays.length > 1 ? displays[1] : null);
    return new Professional(rpps, null, null,
        new CodedValue(profession, PROFESSION_OID, displays.length > 0 ? displays[0] : null),
        specialty);
  }

  private static boolean hasRpps(Author a) {
    return a != null && a.id() != null && RPPS_OID.equals(a.id().root())
        && a.id().extension() != null && !a.id().extension().isBlank();
  }
}
