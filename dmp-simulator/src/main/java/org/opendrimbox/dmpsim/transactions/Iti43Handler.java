package org.opendrimbox.dmpsim.transactions;

import static org.opendrimbox.dmpsim.validation.ErrorCodes.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.opendrimbox.dmpsim.SimulatorConfig;
import org.opendrimbox.dmpsim.store.FileRegistry;
import org.opendrimbox.dmpsim.store.StoredEntry;
import org.opendrimbox.dmpsim.validation.VihfValidator;
import org.opendrimbox.xds.rim.XdsIds;
import org.opendrimbox.xds.soap.Soap;
import org.opendrimbox.xds.transaction.RegistryError;
import org.opendrimbox.xds.transaction.RegistryResponse;
import org.opendrimbox.xds.transaction.RetrieveDocumentSet;
import org.opendrimbox.xds.transaction.XdsActions;
import org.w3c.dom.Document;

/** ITI-43 Retrieve Document Set. Deleted (unpublished) documents are no longer served. */
public final class Iti43Handler {
  private final SimulatorConfig config;
  private final FileRegistry registry;

  public Iti43Handler(SimulatorConfig config, FileRegistry registry) {
    this.config = config;
    this.registry = registry;
  }

  /** The decoded answer: status plus found documents. */
  public RetrieveDocumentSet.Response handle(Document envelope) {
    new VihfValidator(config.validation(), config.trust()).validate(envelope, XdsActions.ITI43);
    List<RetrieveDocumentSet.Request> requests =
        RetrieveDocumentSet.readRequest(Soap.payload(envelope).orElseThrow());
    List<RegistryError> errors = new ArrayList<>();
    List<RetrieveDocumentSet.Document> docs = new ArrayList<>();
    for (RetrieveDocumentSet.Request r : requests) {
      if (!config.repositoryUniqueId().equals(r.repositoryUniqueId())) {
        errors.add(RegistryError.error(UNKNOWN_REPOSITORY, r.repositoryUniqueId()));
        continue;
      }
      Optional<StoredEntry> e = registry.byUniqueId(r.documentUniqueId())
          .filter(x -> !XdsIds.DMP_DELETED.equals(x.status()));
      Optional<byte[]> bytes = e.flatMap(x -> registry.content(x.uniqueId()));
      if (bytes.isEmpty()) {
        errors.add(RegistryError.error(DOCUMENT_UNIQUE_ID, r.documentUniqueId()));
      } else {
        docs.add(new RetrieveDocumentSet.Document(r.repositoryUniqueId(), r.documentUniqueId(),
            e.get().metadata().mimeType(), bytes.get()));
      }
    }
    String status = errors.isEmpty() ? RegistryResponse.SUCCESS
        : docs.isEmpty() ? RegistryResponse.FAILURE : RegistryResponse.PARTIAL;
    return new RetrieveDocumentSet.Response(new RegistryResponse(status, errors), docs);
  }
}
