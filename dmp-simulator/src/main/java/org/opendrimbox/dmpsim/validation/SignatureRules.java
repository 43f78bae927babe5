package org.opendrimbox.dmpsim.validation;

import static org.opendrimbox.dmpsim.validation.ErrorCodes.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendrimbox.xds.rim.Association;
import org.opendrimbox.xds.rim.ExtrinsicObject;
import org.opendrimbox.xds.rim.RegistryObjectList;
import org.opendrimbox.xds.rim.RegistryPackage;
import org.opendrimbox.xds.rim.XdsIds;
import org.opendrimbox.xds.sign.CertificateTrust;
import org.opendrimbox.xds.sign.SourceSignature;
import org.opendrimbox.xds.sign.XadesVerifier;
import org.opendrimbox.xds.sign.XmlSignatureException;
import org.opendrimbox.xds.transaction.ProvideAndRegister;
import org.opendrimbox.xds.transaction.RegistryError;

/**
 * IHE DSG rules: the submission set must carry a signature document linked by a {@code signs}
 * association; its manifest must list the submission set and every document with the right digest,
 * and (FULL mode) the XAdES signature must verify with a trusted certificate.
 */
public final class SignatureRules {

  private SignatureRules() {}

  /** All violations. */
  public static List<RegistryError> check(ProvideAndRegister par, ValidationOptions options,
      CertificateTrust trust) {
    List<RegistryError> errors = new ArrayList<>();
    RegistryObjectList md = par.metadata();
    Optional<RegistryPackage> ss = md.submissionSet();
    Optional<Association> signs = md.associations(XdsIds.SIGNS).stream().findFirst();
    if (ss.isEmpty() || signs.isEmpty()
        || !signs.get().targetObject().equals(ss.get().id())) {
      errors.add(RegistryError.error(REGISTRY_METADATA,
          "no signature document (IHE DSG signs association to the SubmissionSet)"));
      return errors;
    }
    Optional<ExtrinsicObject> sigEntry = md.document(signs.get().sourceObject());
    if (sigEntry.isEmpty()) {
      errors.add(RegistryError.error(REGISTRY_METADATA, "signs association source is not a"
          + " DocumentEntry of the submission"));
      return errors;
    }
    byte[] sigBytes = par.documents().get(sigEntry.get().id());
    if (sigBytes == null) {
      return errors; // reported as XDSMissingDocument by MetadataRules when documents are required
    }
    try {
      SourceSignature s = XadesVerifier.verify(sigBytes, options.signatures());
      if (options.fullSignatures() && trust != null) {
        trust.check(s.certificate());
      }
      manifest(s, par, ss.get(), sigEntry.get(), errors);
    } catch (XmlSignatureException e) {
      errors.add(RegistryError.error(REPOSITORY_METADATA, "signature: " + e.getMessage()));
    }
    return errors;
  }

  private static void manifest(SourceSignature s, ProvideAndRegister par, RegistryPackage ss,
      ExtrinsicObject sigEntry, List<RegistryError> errors) {
    String ssUid = ss.externalId(XdsIds.SS_UNIQUE_ID).orElse("");
    if (!s.manifest().containsKey("urn:oid:" + ssUid)) {
      errors.add(RegistryError.error(REPOSITORY_METADATA,
          "signature manifest does not reference the SubmissionSet"));
    }
    for (ExtrinsicObject d : par.metadata().documents()) {
      if (d.id().equals(sigEntry.id())) {
        continue;
      }
      String uid = d.externalId(XdsIds.DE_UNIQUE_ID).orElse("");
      SourceSignature.ManifestDigest digest = s.manifest().get("urn:oid:" + uid);
      byte[] bytes = par.documents().get(d.id());
      if (digest == null) {
        errors.add(RegistryError.error(REPOSITORY_METADATA,
            "signature manifest does not reference document " + uid));
      } else if (bytes != null && !digest.matches(bytes)) {
        errors.add(RegistryError.error(REPOSITORY_METADATA,
            "signature manifest digest differs for document " + uid));
      }
    }
  }
}
