package org.opendrimbox.xds.vihf;

import java.time.Instant;
import java.util.List;

/**
 * The fields of a VIHF v3.0 assertion (GI DMP; digest §5.2).
 *
 * @param assertionId Assertion/@ID
 * @param issueInstant IssueInstant and AuthnInstant
 * @param issuerDn subject DN of the signing certificate (Issuer, X509SubjectName format)
 * @param nameId the responsible professional's national id (Subject/NameID)
 * @param subjectName professional display name (xspa subject-id)
 * @param roles profession and specialty codes (xacml subject role)
 * @param secteurActivite activity sector code {@code <code>^1.2.250.1.71.4.2.4}
 * @param identifiantStructure organisation (structure) identifier
 * @param lps software identification (LPS_ID, LPS_Nom, LPS_Version, LPS_ID_HOMOLOGATION_DMP)
 * @param patientResourceId patient INS in CX form (xacml resource-id)
 * @param authenticationMode {@code INDIRECTE}, {@code INDIRECTE_RENFORCEE} or {@code DIRECTE}
 * @param authnContextClass AuthnContextClassRef (TLSClient for indirect authentication)
 * @param purposeOfUse PurposeOfUse code ({@code normal})
 */
public record Vihf(
    String assertionId,
    Instant issueInstant,
    String issuerDn,
    String nameId,
    String subjectName,
    List<Role> roles,
    String secteurActivite,
    String identifiantStructure,
    Lps lps,
    String patientResourceId,
    String authenticationMode,
    String authnContextClass,
    String purposeOfUse) {

  public static final String VERSION = "3.0";
  public static final String TLS_CLIENT = "urn:oasis:names:tc:SAML:2.0:ac:classes:TLSClient";
  public static final String INDIRECT = "INDIRECTE";
  public static final String RESOURCE_URN = "urn:dmp";

  public Vihf {
    roles = List.copyOf(roles);
  }

  /** A coded role (profession {@code 1.2.250.1.71.1.2.7}, specialty {@code 1.2.250.1.71.4.2.5}). */
  public record Role(String code, String codeSystem, String displayName) {}

  /** Software identification registered with the DMP. */
  public record Lps(String id, String name, String version, String homologation) {}
}
