package org.opendrimbox.dmp.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.opendrimbox.dmp.CodedValue;
import org.opendrimbox.dmp.Confidentiality;
import org.opendrimbox.dmp.KosPublication;
import org.opendrimbox.dmp.Organisation;
import org.opendrimbox.dmp.PatientIdentity;
import org.opendrimbox.dmp.Professional;
import org.opendrimbox.xds.rim.Association;
import org.opendrimbox.xds.rim.Classification;
import org.opendrimbox.xds.rim.Code;
import org.opendrimbox.xds.rim.ExternalIdentifier;
import org.opendrimbox.xds.rim.RegistryPackage;
import org.opendrimbox.xds.rim.Slot;
import org.opendrimbox.xds.rim.XdsIds;

/** Shared metadata pieces: the SubmissionSet (digest §5.3), codes, authors, associations. */
final class SubmissionBuilder {
  static final String SS_ID = "SubmissionSet01";

  private final String sourceId;
  private final String deviceAuthor;
  private int counter;

  SubmissionBuilder(String sourceId, String deviceAuthor) {
    this.sourceId = sourceId;
    this.deviceAuthor = deviceAuthor;
  }

  String nextId(String prefix) {
    return prefix + (++counter);
  }

  RegistryPackage submissionSet(String uniqueId, PatientIdentity patient, Professional author,
      Organisation org, CodedValue contentType, Instant submissionTime, String title,
      String comments) {
    List<Classification> cls = new ArrayList<>();
    cls.add(author(XdsIds.SS_AUTHOR, SS_ID, author, org));
    cls.add(Classification.code(nextId("cl"), XdsIds.SS_CONTENT_TYPE, SS_ID, code(contentType)));
    cls.add(Classification.node(nextId("cl"), XdsIds.SUBMISSION_SET, SS_ID));
    List<ExternalIdentifier> ids = List.of(
        new ExternalIdentifier(nextId("ei"), XdsIds.SS_PATIENT_ID, SS_ID, patient.xdsPatientId(),
            "XDSSubmissionSet.patientId"),
        new ExternalIdentifier(nextId("ei"), XdsIds.SS_SOURCE_ID, SS_ID, sourceId,
            "XDSSubmissionSet.sourceId"),
        new ExternalIdentifier(nextId("ei"), XdsIds.SS_UNIQUE_ID, SS_ID, uniqueId,
            "XDSSubmissionSet.uniqueId"));
    return new RegistryPackage(SS_ID, null,
        List.of(Slot.of("submissionTime", Hl7.dtm(submissionTime))), title, comments, cls, ids);
  }

  /** Author classification: device author (if configured) else the professional. */
  Classification author(String scheme, String objectId, Professional author, Organisation org) {
    String person = deviceAuthor != null ? deviceAuthor : Hl7.xcn(author);
    return new Classification(nextId("cl"), scheme, null, objectId, null, null, List.of(
        Slot.of("authorPerson", person), Slot.of("authorInstitution", Hl7.xon(org))));
  }

  /** Author classification naming the professional (signature entry). */
  Classification professionalAuthor(String scheme, String objectId, Professional author,
      Organisation org) {
    return new Classification(nextId("cl"), scheme, null, objectId, null, null, List.of(
        Slot.of("authorPerson", Hl7.xcn(author)), Slot.of("authorInstitution", Hl7.xon(org))));
  }

  List<Classification> confidentiality(String objectId, java.util.Set<Confidentiality> flags) {
    List<Classification> out = new ArrayList<>();
    out.add(Classification.code(nextId("cl"), XdsIds.DE_CONFIDENTIALITY, objectId,
        code(Confidentiality.NORMAL.code())));
    for (Confidentiality c : Confidentiality.values()) {
      if (c != Confidentiality.NORMAL && flags.contains(c)) {
        out.add(Classification.code(nextId("cl"), XdsIds.DE_CONFIDENTIALITY, objectId,
            code(c.code())));
      }
    }
    return out;
  }

  static List<String> referenceIds(KosPublication p) {
    List<String> refs = new ArrayList<>();
    p.accessionNumbers().forEach(a -> refs.add(Hl7.reference(a, XdsIds.REF_ACCESSION)));
    refs.add(p.studyInstanceUid() + "^^^&1.2.3.4.5.6&ISO^" + XdsIds.REF_STUDY_UID);
    p.orderNumbers().forEach(o -> refs.add(Hl7.reference(o, XdsIds.REF_ORDER)));
    return refs;
  }

  Association hasMember(String target) {
    return new Association(UUID.randomUUID().toString(), XdsIds.HAS_MEMBER, SS_ID, target,
        List.of(Slot.of("SubmissionSetStatus", "Original")));
  }

  static Code code(CodedValue v) {
    return new Code(v.code(), v.codingScheme(), v.displayName());
  }

  static String sha1Hex(byte[] bytes) {
    return HexFormat.of().formatHex(
        org.opendrimbox.xds.sign.SignatureProfile.digest("SHA-1", bytes));
  }
}
