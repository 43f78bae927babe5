package org.opendrimbox.dmpsim.validation;

import static org.opendrimbox.dmpsim.validation.ErrorCodes.*;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.opendrimbox.xds.rim.Code;
import org.opendrimbox.xds.rim.ExtrinsicObject;
import org.opendrimbox.xds.rim.RegistryPackage;
import org.opendrimbox.xds.rim.XdsIds;
import org.opendrimbox.xds.sign.SignatureProfile;
import org.opendrimbox.xds.transaction.ProvideAndRegister;
import org.opendrimbox.xds.transaction.RegistryError;

/** The ITI-41 metadata rules (IHE XDS.b required metadata, DMP R12 values for the KOS). */
public final class MetadataRules {

  private MetadataRules() {}

  /** All violations of one submission. */
  public static List<RegistryError> check(ProvideAndRegister par, ValidationOptions options) {
    List<RegistryError> errors = new ArrayList<>();
    Optional<RegistryPackage> ss = par.metadata().submissionSet();
    if (ss.isEmpty()) {
      errors.add(RegistryError.error(REGISTRY_METADATA, "no SubmissionSet"));
      return errors;
    }
    String patient = submissionSet(ss.get(), errors);
    if (par.metadata().documents().isEmpty()) {
      errors.add(RegistryError.error(REGISTRY_METADATA, "no DocumentEntry"));
    }
    for (ExtrinsicObject d : par.metadata().documents()) {
      entry(d, patient, errors);
      content(d, par, options, errors);
      boolean member = par.metadata().associations(XdsIds.HAS_MEMBER).stream()
          .anyMatch(a -> a.sourceObject().equals(ss.get().id())
              && a.targetObject().equals(d.id()));
      if (!member) {
        errors.add(RegistryError.error(REGISTRY_METADATA,
            "no HasMember association for " + d.id()));
      }
    }
    for (String docId : par.documents().keySet()) {
      if (par.metadata().document(docId).isEmpty()) {
        errors.add(RegistryError.error(MISSING_DOCUMENT_METADATA, "Document " + docId
            + " has no DocumentEntry"));
      }
    }
    return errors;
  }

  private static String submissionSet(RegistryPackage ss, List<RegistryError> errors) {
    String patient = ss.externalId(XdsIds.SS_PATIENT_ID).orElse(null);
    require(patient != null, "SubmissionSet patientId", errors);
    require(ss.externalId(XdsIds.SS_UNIQUE_ID).isPresent(), "SubmissionSet uniqueId", errors);
    require(ss.externalId(XdsIds.SS_SOURCE_ID).isPresent(), "SubmissionSet sourceId", errors);
    require(ss.slotValue("submissionTime").isPresent(), "SubmissionSet submissionTime", errors);
    require(!ss.classifications(XdsIds.SS_AUTHOR).isEmpty(), "SubmissionSet author", errors);
    require(ss.codes(XdsIds.SS_CONTENT_TYPE).size() == 1, "SubmissionSet contentTypeCode",
        errors);
    return patient;
  }

  private static void entry(ExtrinsicObject d, String patient, List<RegistryError> errors) {
    String where = " (" + d.id() + ")";
    require(XdsIds.DOCUMENT_ENTRY.equals(d.objectType()), "DocumentEntry objectType" + where,
        errors);
    require(d.externalId(XdsIds.DE_UNIQUE_ID).isPresent(), "uniqueId" + where, errors);
    Optional<String> pid = d.externalId(XdsIds.DE_PATIENT_ID);
    require(pid.isPresent(), "patientId" + where, errors);
    if (pid.isPresent() && patient != null && !pid.get().equals(patient)) {
      errors.add(RegistryError.error(PATIENT_ID_MISMATCH, "DocumentEntry " + d.id()
          + " patientId differs from the SubmissionSet patientId"));
    }
    for (String slot : KosRules.REQUIRED_SLOTS) {
      require(d.slotValue(slot).isPresent(), slot + where, errors);
    }
    require(!d.classifications(XdsIds.DE_AUTHOR).isEmpty(), "author" + where, errors);
    require(d.codes(XdsIds.DE_FACILITY_TYPE).size() == 1, "healthcareFacilityTypeCode" + where,
        errors);
    require(d.codes(XdsIds.DE_PRACTICE_SETTING).size() == 1, "practiceSettingCode" + where,
        errors);
    require(!d.codes(XdsIds.DE_CONFIDENTIALITY).isEmpty(), "confidentialityCode" + where, errors);
    for (Code c : d.codes(XdsIds.DE_CONFIDENTIALITY)) {
      require(KosRules.CONFIDENTIALITY.contains(c.code() + "@" + c.codingScheme()),
          "known confidentialityCode, not " + c.code() + where, errors);
    }
    if (KosRules.KOS_MIME.equals(d.mimeType())) {
      kos(d, where, errors);
    } else {
      expect(d, XdsIds.DE_CLASS_CODE, KosRules.SIG_CLASS, "classCode", errors);
      expect(d, XdsIds.DE_TYPE_CODE, KosRules.SIG_TYPE, "typeCode", errors);
      expect(d, XdsIds.DE_FORMAT_CODE, KosRules.SIG_FORMAT, "formatCode", errors);
    }
  }

  private static void kos(ExtrinsicObject d, String where, List<RegistryError> errors) {
    expect(d, XdsIds.DE_CLASS_CODE, KosRules.KOS_CLASS, "classCode", errors);
    expect(d, XdsIds.DE_TYPE_CODE, KosRules.KOS_TYPE, "typeCode", errors);
    expect(d, XdsIds.DE_FORMAT_CODE, KosRules.KOS_FORMAT, "formatCode", errors);
    require(!d.codes(XdsIds.DE_EVENT_CODE).isEmpty(), "eventCodeList" + where, errors);
    List<String> refs = d.slotValues(XdsIds.REFERENCE_ID_LIST);
    require(refs.stream().anyMatch(r -> r.endsWith("^" + XdsIds.REF_STUDY_UID)),
        "referenceIdList studyInstanceUID" + where, errors);
    require(refs.stream().anyMatch(r -> r.endsWith("^" + XdsIds.REF_ACCESSION)),
        "referenceIdList accession" + where, errors);
    require(d.slotValue("sourcePatientInfo").isPresent(), "sourcePatientInfo" + where, errors);
  }

  private static void content(ExtrinsicObject d, ProvideAndRegister par,
      ValidationOptions options, List<RegistryError> errors) {
    byte[] bytes = par.documents().get(d.id());
    if (bytes == null) {
      if (options.requireDocuments()) {
        errors.add(RegistryError.error(MISSING_DOCUMENT, "no Document for " + d.id()));
      }
      return;
    }
    if (KosRules.KOS_MIME.equals(d.mimeType()) && !KosRules.isDicom(bytes)) {
      errors.add(RegistryError.error(REPOSITORY_METADATA, d.id() + " is not a DICOM file"));
    }
    boolean checkBytes = options.fullSignatures() || KosRules.KOS_MIME.equals(d.mimeType());
    Optional<String> hash = d.slotValue("hash");
    if (checkBytes && hash.isPresent() && !hash.get().equalsIgnoreCase(
        HexFormat.of().formatHex(SignatureProfile.digest("SHA-1", bytes)))) {
      errors.add(RegistryError.error(NON_IDENTICAL_HASH, "hash of " + d.id()));
    }
    Optional<String> size = d.slotValue("size");
    if (checkBytes && size.isPresent() && !size.get().equals(String.valueOf(bytes.length))) {
      errors.add(RegistryError.error(NON_IDENTICAL_SIZE, "size of " + d.id()));
    }
  }

  private static void expect(ExtrinsicObject d, String scheme, Code expected, String what,
      List<RegistryError> errors) {
    List<Code> codes = d.codes(scheme);
    if (codes.size() != 1 || !codes.get(0).sameAs(expected)) {
      errors.add(RegistryError.error(REGISTRY_METADATA, what + " of " + d.id() + " must be "
          + expected.code() + "^" + expected.codingScheme() + ", got "
          + codes.stream().map(c -> c.code() + "^" + c.codingScheme()).toList()));
    }
  }

  private static void require(boolean ok, String what, List<RegistryError> errors) {
    if (!ok) {
      errors.add(RegistryError.error(REGISTRY_METADATA, "missing or invalid " + what));
    }
  }
}
