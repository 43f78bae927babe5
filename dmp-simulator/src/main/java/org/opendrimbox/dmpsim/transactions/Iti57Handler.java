package org.opendrimbox.dmpsim.transactions;

import static org.opendrimbox.dmpsim.validation.ErrorCodes.*;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.opendrimbox.dmpsim.SimulatorConfig;
import org.opendrimbox.dmpsim.store.FileRegistry;
import org.opendrimbox.dmpsim.store.StoredEntry;
import org.opendrimbox.dmpsim.validation.VihfValidator;
import org.opendrimbox.xds.rim.Association;
import org.opendrimbox.xds.rim.ExtrinsicObject;
import org.opendrimbox.xds.rim.RegistryObjectList;
import org.opendrimbox.xds.rim.RimReader;
import org.opendrimbox.xds.rim.XdsIds;
import org.opendrimbox.xds.soap.Soap;
import org.opendrimbox.xds.transaction.RegistryError;
import org.opendrimbox.xds.transaction.RegistryResponse;
import org.opendrimbox.xds.transaction.XdsActions;
import org.opendrimbox.xds.vihf.Vihf;
import org.opendrimbox.xds.xml.Ns;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Document;

/**
 * ITI-57-style Update Document Set as the DMP uses it: availability status changes
 * (UpdateAvailabilityStatus association, DMP "Deleted" status for unpublication) and metadata
 * updates (a new version of an entry with the same uniqueId, e.g. new confidentiality codes).
 * Only the submitting structure may change an entry (GI DMP TD3.3c).
 */
public final class Iti57Handler {
  private static final Set<String> STATUSES =
      Set.of(XdsIds.APPROVED, XdsIds.DEPRECATED, XdsIds.DMP_DELETED);
  private final SimulatorConfig config;
  private final FileRegistry registry;
  private final Clock clock;

  public Iti57Handler(SimulatorConfig config, FileRegistry registry, Clock clock) {
    this.config = config;
    this.registry = registry;
    this.clock = clock;
  }

  /** Handles one request. */
  public RegistryResponse handle(Document envelope) {
    Vihf vihf = new VihfValidator(config.validation(), config.trust())
        .validate(envelope, XdsActions.ITI57);
    RegistryObjectList md = Soap.payload(envelope)
        .flatMap(p -> Xml.child(p, Ns.RIM, "RegistryObjectList"))
        .map(RimReader::readList).orElse(RegistryObjectList.empty());
    synchronized (registry) {
      List<RegistryError> errors = new ArrayList<>();
      if (md.submissionSet().isEmpty()) {
        errors.add(RegistryError.error(REGISTRY_METADATA, "no SubmissionSet"));
      }
      for (Association a : md.associations(XdsIds.UPDATE_AVAILABILITY)) {
        checkStatusChange(a, vihf, errors);
      }
      for (ExtrinsicObject d : md.documents()) {
        checkNewVersion(d, vihf, errors);
      }
      if (!errors.isEmpty()) {
        return RegistryResponse.failure(errors);
      }
      for (Association a : md.associations(XdsIds.UPDATE_AVAILABILITY)) {
        registry.setStatus(a.targetObject(), a.slotValue("NewStatus").orElseThrow());
      }
      for (ExtrinsicObject d : md.documents()) {
        StoredEntry old = current(d).orElseThrow();
        ExtrinsicObject next = d.withIdAndStatus("urn:uuid:" + UUID.randomUUID(),
            XdsIds.APPROVED).withSlots(mergeSlots(d, old.metadata()));
        registry.setStatus(old.entryUuid(), XdsIds.DEPRECATED);
        registry.put(new StoredEntry(next, old.submissionSetUniqueId(),
            old.submitterStructure(), clock.instant()), null);
      }
    }
    return RegistryResponse.success();
  }

  private static List<org.opendrimbox.xds.rim.Slot> mergeSlots(ExtrinsicObject next,
      ExtrinsicObject old) {
    List<org.opendrimbox.xds.rim.Slot> slots = new ArrayList<>(next.slots());
    for (String kept : List.of("hash", "size", "repositoryUniqueId")) {
      if (next.slotValue(kept).isEmpty()) {
        old.slots().stream().filter(s -> s.name().equals(kept)).forEach(slots::add);
      }
    }
    return slots;
  }

  private void checkStatusChange(Association a, Vihf vihf, List<RegistryError> errors) {
    Optional<StoredEntry> target = registry.byEntryUuid(a.targetObject());
    String newStatus = a.slotValue("NewStatus").orElse("");
    if (target.isEmpty()) {
      errors.add(RegistryError.error(UNRESOLVED_REFERENCE, "unknown entry " + a.targetObject()));
    } else if (!target.get().status().equals(a.slotValue("OriginalStatus").orElse(""))) {
      errors.add(RegistryError.error(METADATA_UPDATE, "OriginalStatus does not match"));
    } else if (!STATUSES.contains(newStatus)) {
      errors.add(RegistryError.error(METADATA_UPDATE, "unsupported NewStatus " + newStatus));
    } else {
      checkAuthor(target.get(), vihf, errors);
    }
  }

  private void checkNewVersion(ExtrinsicObject d, Vihf vihf, List<RegistryError> errors) {
    Optional<StoredEntry> old = current(d);
    if (old.isEmpty()) {
      errors.add(RegistryError.error(METADATA_UPDATE, "no approved entry with this uniqueId"));
      return;
    }
    if (!old.get().patientId().equals(d.externalId(XdsIds.DE_PATIENT_ID).orElse(""))) {
      errors.add(RegistryError.error(PATIENT_ID_MISMATCH, "metadata update changes patient"));
    }
    checkAuthor(old.get(), vihf, errors);
  }

  private Optional<StoredEntry> current(ExtrinsicObject d) {
    return d.externalId(XdsIds.DE_UNIQUE_ID).flatMap(registry::byUniqueId)
        .filter(e -> XdsIds.APPROVED.equals(e.status()));
  }

  private static void checkAuthor(StoredEntry e, Vihf vihf, List<RegistryError> errors) {
    if (e.submitterStructure() != null && !e.submitterStructure().isEmpty()
        && !e.submitterStructure().equals(vihf.identifiantStructure())) {
      errors.add(RegistryError.error(METADATA_UPDATE,
          "only the submitting structure may update this entry"));
    }
  }
}
