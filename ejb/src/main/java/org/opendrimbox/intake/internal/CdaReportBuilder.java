package org.opendrimbox.intake.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opendrimbox.ids.AccessionNumber;
import org.opendrimbox.ids.DocumentId;
import org.opendrimbox.ids.Issuer;
import org.opendrimbox.ids.PlacerOrderNumber;
import org.opendrimbox.intake.Author;
import org.opendrimbox.intake.CdaReport;
import org.opendrimbox.intake.Code;
import org.opendrimbox.intake.ErrorLocation;
import org.opendrimbox.intake.InstanceId;
import org.opendrimbox.intake.IntakeError;
import org.opendrimbox.intake.Organisation;
import org.opendrimbox.intake.internal.CdaExtractor.XmlAttributes;

/** Collects the CDA header values seen by {@link CdaExtractor}, keyed by element path. */
final class CdaReportBuilder {

  private static final String AUTHOR = "author/assignedAuthor";
  private static final String LEGAL = "legalAuthenticator/assignedEntity";
  private static final String CUSTODIAN = "custodian/assignedCustodian/representedCustodianOrganization";
  private static final String EVENT = "documentationOf/serviceEvent";
  private static final String PERFORMER = EVENT + "/performer/assignedEntity/representedOrganization";
  private static final String ORG = "/representedOrganization";
  private static final Set<String> TEXT_PATHS =
      Set.of(AUTHOR + ORG + "/name", LEGAL + ORG + "/name", CUSTODIAN + "/name", PERFORMER + "/name");

  private InstanceId id;
  private InstanceId setId;
  private String version;
  private Code type;
  private final List<Code> typeTranslations = new ArrayList<>();
  private Code confidentiality;
  private String effectiveTime;
  private final List<InstanceId> patientIds = new ArrayList<>();
  private int authors;
  private final PersonParts author = new PersonParts();
  private final PersonParts legal = new PersonParts();
  private final OrgParts custodian = new OrgParts();
  private final List<InstanceId> placerOrders = new ArrayList<>();
  private final List<InstanceId> accessions = new ArrayList<>();
  private final List<ServiceEventParts> events = new ArrayList<>();
  private InstanceId parent;
  private Code facilityType;
  private final CdaPatientParts patient = new CdaPatientParts();

  boolean wantsText(String path) {
    return TEXT_PATHS.contains(path) && (authors <= 1 || !path.startsWith("author/"))
        || CdaPatientParts.wantsText(path);
  }

  void start(String p, XmlAttributes a) {
    if (p.equals("author")) {
      authors++;
    }
    if (authors > 1 && p.startsWith("author/") || patient.start(p, a)) {
      return;
    }
    switch (p) {
      case "id" -> id = ii(a);
      case "code" -> type = code(a);
      case "code/translation" -> typeTranslations.add(code(a));
      case "effectiveTime" -> effectiveTime = a.get("value");
      case "confidentialityCode" -> confidentiality = code(a);
      case "setId" -> setId = ii(a);
      case "versionNumber" -> version = a.get("value");
      case "recordTarget/patientRole/id" -> patientIds.add(ii(a));
      case "inFulfillmentOf/order/id" -> placerOrders.add(ii(a));
      case "inFulfillmentOf/order/accessionNumber" -> accessions.add(ii(a));
      case "relatedDocument/parentDocument/id" -> parent = ii(a);
      case "componentOf/encompassingEncounter/location/healthCareFacility/code" ->
          facilityType = code(a);
      case EVENT -> events.add(new ServiceEventParts());
      default -> {
        if (!person(author, "author", AUTHOR, p, a) && !person(legal, "legalAuthenticator", LEGAL, p, a)
            && !org(custodian, CUSTODIAN, p, a) && p.startsWith(EVENT + "/") && !events.isEmpty()) {
          serviceEvent(events.get(events.size() - 1), p.substring(EVENT.length() + 1), a);
        }
      }
    }
  }

  void text(String p, String value) {
    if (p.equals(AUTHOR + ORG + "/name")) {
      author.org.name = value;
    } else if (p.equals(LEGAL + ORG + "/name")) {
      legal.org.name = value;
    } else if (p.equals(CUSTODIAN + "/name")) {
      custodian.name = value;
    } else if (p.equals(PERFORMER + "/name") && !events.isEmpty()) {
      events.get(events.size() - 1).performer.name = value;
    } else {
      patient.text(p, value);
    }
  }

  void end(String p) {
    if (p.equals(EVENT + "/code/translation") && !events.isEmpty()) {
      events.get(events.size() - 1).closeTranslation();
    }
  }

  private static boolean person(PersonParts who, String root, String entity, String p,
      XmlAttributes a) {
    if (p.equals(root + "/time")) {
      who.time = a.get("value");
    } else if (p.equals(entity + "/id")) {
      who.id = who.id == null ? ii(a) : who.id;
    } else if (p.equals(entity + "/code")) {
      who.code = code(a);
    } else {
      return org(who.org, entity + ORG, p, a);
    }
    return true;
  }

  private static boolean org(OrgParts org, String prefix, String p, XmlAttributes a) {
    if (p.equals(prefix + "/id")) {
      org.id = org.id == null ? ii(a) : org.id;
    } else if (p.equals(prefix + "/standardIndustryClassCode")) {
      org.setting = code(a);
    } else {
      return false;
    }
    return true;
  }

  private static void serviceEvent(ServiceEventParts e, String p, XmlAttributes a) {
    switch (p) {
      case "id" -> e.ids.add(ii(a));
      case "code" -> e.procedure = code(a);
      case "code/translation" -> e.translation = code(a);
      case "code/translation/qualifier/name" -> e.qualifier = a.get("code");
      case "effectiveTime/low" -> e.start = a.get("value");
      case "effectiveTime/high" -> e.end = a.get("value");
      default -> org(e.performer, "performer/assignedEntity/representedOrganization", p, a);
    }
  }

  CdaReport build(ErrorLocation where) throws IntakeException {
    if (id == null || id.root() == null) {
      throw new IntakeException(IntakeError.CDA_INVALID, where, "ClinicalDocument/id missing");
    }
    List<PlacerOrderNumber> orders = new ArrayList<>();
    for (InstanceId o : placerOrders) {
      if (o.root() != null && o.extension() != null) {
        orders.add(new PlacerOrderNumber(o.extension(), issuer(o.root())));
      }
    }
    List<AccessionNumber> accessionNumbers = new ArrayList<>();
    for (InstanceId acc : accessions) {
      try {
        accessionNumbers.add(new AccessionNumber(acc.extension(), issuer(acc.root())));
      } catch (IllegalArgumentException e) {
        throw new IntakeException(IntakeError.INVALID_EXAM_IDENTIFIER, where,
            "inFulfillmentOf/order/accessionNumber");
      }
    }
    List<org.opendrimbox.intake.ServiceEvent> serviceEvents = new ArrayList<>();
    for (ServiceEventParts e : events) {
      serviceEvents.add(e.build(where));
    }
    return new CdaReport(doc(id), setId == null || setId.root() == null ? null : doc(setId),
        parseVersion(), type, typeTranslations, confidentiality, effectiveTime, patientIds,
        author.build(), legal.build(), custodian.build(), orders, accessionNumbers, serviceEvents,
        Optional.ofNullable(parent).filter(x -> x.root() != null).map(CdaReportBuilder::doc),
        facilityType, patient.build());
  }

  private Integer parseVersion() {
    try {
      return version == null ? null : Integer.valueOf(version);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Issuer issuer(String root) {
    if (root == null) {
      return null;
    }
    return Issuer.isOid(root) ? Issuer.ofOid(root) : new Issuer(root, null, null);
  }

  private static DocumentId doc(InstanceId ii) {
    return new DocumentId(ii.root(), ii.extension());
  }

  private static InstanceId ii(XmlAttributes a) {
    return new InstanceId(a.get("root"), a.get("extension"));
  }

  static Code code(XmlAttributes a) {
    return new Code(a.get("code"), a.get("codeSystem"), a.get("displayName"));
  }

  /** Organisation being read. */
  static final class OrgParts {
    InstanceId id;
    String name;
    Code setting;

    Organisation build() {
      return id == null && name == null ? null : new Organisation(id, name, setting);
    }
  }

  /** Author or legal authenticator being read. */
  private static final class PersonParts {
    InstanceId id;
    Code code;
    String time;
    final OrgParts org = new OrgParts();

    Author build() {
      return id == null ? null : new Author(id, code, time, org.build());
    }
  }
}
