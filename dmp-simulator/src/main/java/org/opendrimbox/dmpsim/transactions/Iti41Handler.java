package org.opendrimbox.dmpsim.transactions;

import static org.opendrimbox.dmpsim.validation.ErrorCodes.*;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.opendrimbox.dmpsim.SimulatorConfig;
import org.opendrimbox.dmpsim.store.FileRegistry;
import org.opendrimbox.dmpsim.store.StoredEntry;
import org.opendrimbox.dmpsim.validation.MetadataRules;
import org.opendrimbox.dmpsim.validation.SignatureRules;
import org.opendrimbox.dmpsim.validation.ValidationOptions;
import org.opendrimbox.dmpsim.validation.VihfValidator;
import org.opendrimbox.xds.rim.Association;
import org.opendrimbox.xds.rim.ExtrinsicObject;
import org.opendrimbox.xds.rim.RegistryPackage;
import org.opendrimbox.xds.rim.Slot;
import org.opendrimbox.xds.rim.XdsIds;
import org.opendrimbox.xds.sign.SignatureProfile;
import org.opendrimbox.xds.soap.MtomMessage;
import org.opendrimbox.xds.soap.Soap;
import org.opendrimbox.xds.transaction.ProvideAndRegister;
import org.opendrimbox.xds.transaction.RegistryError;
import org.opendrimbox.xds.transaction.RegistryResponse;
import org.opendrimbox.xds.transaction.XdsActions;
import org.opendrimbox.xds.vihf.Vihf;
import org.w3c.dom.Document;

/** ITI-41 Provide and Register Document Set-b: validate everything, then register and store. */
public final class Iti41Handler {
  private final SimulatorConfig config;
  private final FileRegistry registry;
  private final Clock clock;

  public Iti41Handler(SimulatorConfig config, FileRegistry registry, Clock clock) {
    this.config = config;
    this.registry = registry;
    this.clock = clock;
  }

  /** Validates without storing (used to check samples). */
  public List<RegistryError> validate(Document envelope, MtomMessage message,
      ValidationOptions options) {
    Vihf vihf = new VihfValidator(options, config.trust()).validate(envelope, XdsActions.ITI41);
    ProvideAndRegister par = ProvideAndRegister.read(Soap.payload(envelope).orElseThrow(),
        message);
    return validate(vihf, par, options);
  }

  /** Handles one request; SOAP-level refusals are thrown as SoapFaultException. */
  public RegistryResponse handle(Document envelope, MtomMessage message) {
    ValidationOptions options = config.validation();
    Vihf vihf = new VihfValidator(options, config.trust()).validate(envelope, XdsActions.ITI41);
    ProvideAndRegister par = ProvideAndRegister.read(Soap.payload(envelope).orElseThrow(),
        message);
    List<RegistryError> errors = validate(vihf, par, options);
    if (!errors.isEmpty()) {
      return RegistryResponse.failure(errors);
    }
    synchronized (registry) {
      store(par, vihf);
    }
    return RegistryResponse.success();
  }

  private List<RegistryError> validate(Vihf vihf, ProvideAndRegister par,
      ValidationOptions options) {
    List<RegistryError> errors = new ArrayList<>(MetadataRules.check(par, options));
    errors.addAll(SignatureRules.check(par, options, config.trust()));
    par.metadata().submissionSet().flatMap(ss -> ss.externalId(XdsIds.SS_PATIENT_ID))
        .filter(p -> !p.equals(vihf.patientResourceId()))
        .ifPresent(p -> errors.add(RegistryError.error(PATIENT_ID_MISMATCH,
            "VIHF resource-id differs from the SubmissionSet patientId")));
    for (ExtrinsicObject d : par.metadata().documents()) {
      d.externalId(XdsIds.DE_UNIQUE_ID).flatMap(registry::byUniqueId)
          .ifPresent(e -> errors.add(RegistryError.error(DUPLICATE_UNIQUE_ID,
              "uniqueId already registered: " + e.uniqueId())));
    }
    for (Association rplc : par.metadata().associations(XdsIds.RPLC)) {
      var target = registry.byEntryUuid(rplc.targetObject());
      if (target.isEmpty() || !XdsIds.APPROVED.equals(target.get().status())) {
        errors.add(RegistryError.error(UNRESOLVED_REFERENCE,
            "RPLC target is not an approved entry: " + rplc.targetObject()));
      } else if (!target.get().patientId().equals(par.metadata().document(
          rplc.sourceObject()).flatMap(d -> d.externalId(XdsIds.DE_PATIENT_ID)).orElse(""))) {
        errors.add(RegistryError.error(PATIENT_ID_MISMATCH, "RPLC across patients"));
      }
    }
    return errors;
  }

  private void store(ProvideAndRegister par, Vihf vihf) {
    RegistryPackage ss = par.metadata().submissionSet().orElseThrow();
    String ssUid = ss.externalId(XdsIds.SS_UNIQUE_ID).orElse("");
    java.util.Map<String, String> ids = new java.util.HashMap<>();
    for (ExtrinsicObject d : par.metadata().documents()) {
      byte[] bytes = par.documents().get(d.id());
      String entryUuid = d.id().startsWith("urn:uuid:") ? d.id() : "urn:uuid:" + UUID.randomUUID();
      ids.put(d.id(), entryUuid);
      List<Slot> slots = new ArrayList<>(d.slots().stream()
          .filter(s -> !s.name().equals("repositoryUniqueId")).toList());
      if (bytes != null && d.slotValue("hash").isEmpty()) {
        slots.add(Slot.of("hash",
            HexFormat.of().formatHex(SignatureProfile.digest("SHA-1", bytes))));
      }
      if (bytes != null && d.slotValue("size").isEmpty()) {
        slots.add(Slot.of("size", String.valueOf(bytes.length)));
      }
      slots.add(Slot.of("repositoryUniqueId", config.repositoryUniqueId()));
      ExtrinsicObject stored = d.withSlots(slots).withIdAndStatus(entryUuid, XdsIds.APPROVED);
      registry.put(new StoredEntry(stored, ssUid, vihf.identifiantStructure(), clock.instant()),
          bytes);
    }
    for (Association rplc : par.metadata().associations(XdsIds.RPLC)) {
      registry.setStatus(rplc.targetObject(), XdsIds.DEPRECATED);
    }
  }
}
