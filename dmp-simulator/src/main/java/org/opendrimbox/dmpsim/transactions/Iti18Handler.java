package org.opendrimbox.dmpsim.transactions;

import static org.opendrimbox.dmpsim.validation.ErrorCodes.*;

import java.util.List;
import java.util.function.Predicate;
import org.opendrimbox.dmpsim.SimulatorConfig;
import org.opendrimbox.dmpsim.store.FileRegistry;
import org.opendrimbox.dmpsim.store.StoredEntry;
import org.opendrimbox.dmpsim.validation.VihfValidator;
import org.opendrimbox.xds.rim.RegistryObjectList;
import org.opendrimbox.xds.soap.Soap;
import org.opendrimbox.xds.transaction.QueryResponse;
import org.opendrimbox.xds.transaction.RegistryError;
import org.opendrimbox.xds.transaction.RegistryResponse;
import org.opendrimbox.xds.transaction.StoredQuery;
import org.opendrimbox.xds.transaction.XdsActions;
import org.w3c.dom.Document;

/** ITI-18 Registry Stored Query: FindDocuments, FindDocumentsByReferenceId, GetDocuments. */
public final class Iti18Handler {
  private final SimulatorConfig config;
  private final FileRegistry registry;

  public Iti18Handler(SimulatorConfig config, FileRegistry registry) {
    this.config = config;
    this.registry = registry;
  }

  /** Handles one query. */
  public QueryResponse handle(Document envelope) {
    new VihfValidator(config.validation(), config.trust()).validate(envelope, XdsActions.ITI18);
    StoredQuery q = StoredQuery.read(Soap.payload(envelope).orElseThrow());
    Predicate<StoredEntry> filter;
    switch (q.queryId()) {
      case StoredQuery.FIND_DOCUMENTS, StoredQuery.FIND_BY_REFERENCE_ID -> {
        if (first(q, "$XDSDocumentEntryPatientId") == null) {
          return failure(STORED_QUERY_PARAM, "$XDSDocumentEntryPatientId required");
        }
        filter = QueryFilters.find(q);
      }
      case StoredQuery.GET_DOCUMENTS -> {
        List<String> uids = values(q, "$XDSDocumentEntryUniqueId");
        List<String> uuids = values(q, "$XDSDocumentEntryEntryUUID");
        if (uids.isEmpty() == uuids.isEmpty()) {
          return failure(STORED_QUERY_PARAM, "exactly one of uniqueId / entryUUID required");
        }
        filter = e -> uids.contains(e.uniqueId()) || uuids.contains(e.entryUuid());
      }
      default -> {
        return failure(UNKNOWN_STORED_QUERY, q.queryId());
      }
    }
    List<StoredEntry> hits = registry.all().stream().filter(filter).toList();
    RegistryObjectList list = "ObjectRef".equals(q.returnType())
        ? new RegistryObjectList(List.of(), List.of(), List.of(),
            hits.stream().map(StoredEntry::entryUuid).toList())
        : new RegistryObjectList(List.of(), hits.stream().map(StoredEntry::metadata).toList(),
            List.of(), List.of());
    return new QueryResponse(RegistryResponse.success(), list);
  }

  static String first(StoredQuery q, String name) {
    List<String> v = values(q, name);
    return v.isEmpty() ? null : v.get(0);
  }

  static List<String> values(StoredQuery q, String name) {
    return q.parameters().getOrDefault(name, List.of()).stream()
        .flatMap(raw -> StoredQuery.parseValues(raw).stream()).toList();
  }

  private static QueryResponse failure(String code, String context) {
    return new QueryResponse(RegistryResponse.failure(List.of(RegistryError.error(code, context))),
        RegistryObjectList.empty());
  }

}
