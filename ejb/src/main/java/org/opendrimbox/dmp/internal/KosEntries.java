package org.opendrimbox.dmp.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.opendrimbox.dmp.CodedValue;
import org.opendrimbox.dmp.KosPublication;
import org.opendrimbox.dmp.PatientIdentity;
import org.opendrimbox.xds.rim.Classification;
import org.opendrimbox.xds.rim.Code;
import org.opendrimbox.xds.rim.ExternalIdentifier;
import org.opendrimbox.xds.rim.ExtrinsicObject;
import org.opendrimbox.xds.rim.Slot;
import org.opendrimbox.xds.rim.XdsIds;

/** The KOS DocumentEntry (R12, digest §5.4) and the signature DocumentEntry (digest §5.5). */
final class KosEntries {
  static final String KOS_ID = "DocumentKOS";
  static final String SIGNATURE_ID = "Signature01";
  static final Code KOS_CLASS = new Code("31", "1.2.250.1.213.1.1.4.1", "Imagerie médicale");
  static final Code KOS_TYPE = new Code("IMG-KOS", "1.2.250.1.213.1.1.4.12",
      "Reference d'objets d'un examen d'imagerie");
  static final Code KOS_FORMAT = new Code("1.2.840.10008.5.1.4.1.1.88.59",
      "1.2.840.10008.2.6.1",
      "Document de Références d'objets d'imagerie selon profil IHE RAD XDS-I");
  static final Code SIG_CLASS =
      new Code("urn:oid:1.3.6.1.4.1.19376.1.2.1.1.1", "URN", "Digital Signature");
  static final Code SIG_TYPE = new Code("E1762", "ASTM", "Full Document");
  static final Code SIG_FORMAT =
      new Code("http://www.w3.org/2000/09/xmldsig#", "URN", "Default Signature Style");
  static final Code SIG_EVENT = new Code("1.2.840.10065.1.12.1.14", "1.2.840.10065.1.12",
      "Source");

  private final SubmissionBuilder b;

  KosEntries(SubmissionBuilder builder) {
    this.b = builder;
  }

  ExtrinsicObject kos(KosPublication p, Instant submissionTime) {
    List<Slot> slots = new ArrayList<>();
    slots.add(Slot.of("creationTime", Hl7.dtm(p.creationTime())));
    slots.add(Slot.of("submissionTime", Hl7.dtm(submissionTime)));
    slots.add(Slot.of("languageCode", p.languageCode() == null ? "fr-FR" : p.languageCode()));
    slots.add(Slot.of("legalAuthenticator", Hl7.xcn(p.author())));
    if (p.serviceStart() != null) {
      slots.add(Slot.of("serviceStartTime", Hl7.dtm(p.serviceStart())));
    }
    if (p.serviceStop() != null) {
      slots.add(Slot.of("serviceStopTime", Hl7.dtm(p.serviceStop())));
    }
    slots.add(Slot.of("sourcePatientId", Hl7.cx(p.patient(), "PI")));
    slots.add(Slot.of("hash", SubmissionBuilder.sha1Hex(p.kos())));
    slots.add(Slot.of("size", String.valueOf(p.kos().length)));
    slots.add(new Slot("sourcePatientInfo", patientInfo(p.patient())));
    slots.add(new Slot(XdsIds.REFERENCE_ID_LIST, SubmissionBuilder.referenceIds(p)));
    List<Classification> cls = new ArrayList<>();
    cls.add(b.author(XdsIds.DE_AUTHOR, KOS_ID, p.author(), p.organisation()));
    cls.add(Classification.code(b.nextId("cl"), XdsIds.DE_CLASS_CODE, KOS_ID, KOS_CLASS));
    cls.add(Classification.code(b.nextId("cl"), XdsIds.DE_TYPE_CODE, KOS_ID, KOS_TYPE));
    cls.addAll(b.confidentiality(KOS_ID, p.confidentiality()));
    cls.add(Classification.code(b.nextId("cl"), XdsIds.DE_FORMAT_CODE, KOS_ID, KOS_FORMAT));
    common(cls, KOS_ID, p);
    for (CodedValue v : concat(p.regions(), p.modalities())) {
      cls.add(Classification.code(b.nextId("cl"), XdsIds.DE_EVENT_CODE, KOS_ID,
          SubmissionBuilder.code(v)));
    }
    return new ExtrinsicObject(KOS_ID, "application/dicom", XdsIds.DOCUMENT_ENTRY, null, slots,
        p.title() == null ? KosPublication.DEFAULT_TITLE : p.title(), p.comments(), cls,
        ids(KOS_ID, p.patient(), p.kosSopInstanceUid()));
  }

  ExtrinsicObject signature(KosPublication p, String signatureUid, byte[] signature,
      Instant submissionTime) {
    String t = Hl7.dtm(submissionTime);
    List<Slot> slots = List.of(Slot.of("creationTime", t), Slot.of("submissionTime", t),
        Slot.of("languageCode", "art"), Slot.of("legalAuthenticator", Hl7.xcn(p.author())),
        Slot.of("serviceStartTime", t), Slot.of("serviceStopTime", t),
        Slot.of("sourcePatientId", Hl7.cx(p.patient(), "NH")),
        Slot.of("hash", SubmissionBuilder.sha1Hex(signature)),
        Slot.of("size", String.valueOf(signature.length)),
        new Slot(XdsIds.REFERENCE_ID_LIST, SubmissionBuilder.referenceIds(p)));
    List<Classification> cls = new ArrayList<>();
    cls.add(b.professionalAuthor(XdsIds.DE_AUTHOR, SIGNATURE_ID, p.author(), p.organisation()));
    cls.add(Classification.code(b.nextId("cl"), XdsIds.DE_CLASS_CODE, SIGNATURE_ID, SIG_CLASS));
    cls.add(Classification.code(b.nextId("cl"), XdsIds.DE_TYPE_CODE, SIGNATURE_ID, SIG_TYPE));
    cls.addAll(b.confidentiality(SIGNATURE_ID, p.confidentiality()));
    cls.add(Classification.code(b.nextId("cl"), XdsIds.DE_FORMAT_CODE, SIGNATURE_ID,
        SIG_FORMAT));
    common(cls, SIGNATURE_ID, p);
    cls.add(Classification.code(b.nextId("cl"), XdsIds.DE_EVENT_CODE, SIGNATURE_ID, SIG_EVENT));
    return new ExtrinsicObject(SIGNATURE_ID, "text/xml", XdsIds.DOCUMENT_ENTRY, null, slots,
        "Source", "", cls, ids(SIGNATURE_ID, p.patient(), signatureUid));
  }

  private void common(List<Classification> cls, String id, KosPublication p) {
    cls.add(Classification.code(b.nextId("cl"), XdsIds.DE_FACILITY_TYPE, id,
        SubmissionBuilder.code(p.organisation().facilityType())));
    cls.add(Classification.code(b.nextId("cl"), XdsIds.DE_PRACTICE_SETTING, id,
        SubmissionBuilder.code(p.organisation().practiceSetting())));
  }

  private List<ExternalIdentifier> ids(String id, PatientIdentity patient, String uniqueId) {
    return List.of(
        new ExternalIdentifier(b.nextId("ei"), XdsIds.DE_PATIENT_ID, id, patient.xdsPatientId(),
            "XDSDocumentEntry.patientId"),
        new ExternalIdentifier(b.nextId("ei"), XdsIds.DE_UNIQUE_ID, id, uniqueId,
            "XDSDocumentEntry.uniqueId"));
  }

  static List<String> patientInfo(PatientIdentity p) {
    List<String> info = new ArrayList<>();
    info.add("PID-5|" + Hl7.nn(p.familyName()) + "^" + Hl7.nn(p.givenName()) + "^^^^^L");
    if (p.birthDate() != null) {
      info.add("PID-7|" + p.birthDate().toString().replace("-", ""));
    }
    if (p.sex() != null) {
      info.add("PID-8|" + p.sex());
    }
    if (p.birthPlaceCode() != null) {
      info.add("PID-11|^^^^^^BDL^^" + p.birthPlaceCode());
    }
    return info;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
