package org.opendrimbox.dmp.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opendrimbox.dmp.CodedValue;
import org.opendrimbox.dmp.DocumentQuery;
import org.opendrimbox.dmp.DocumentSummary;
import org.opendrimbox.xds.rim.Code;
import org.opendrimbox.xds.rim.ExtrinsicObject;
import org.opendrimbox.xds.rim.XdsIds;
import org.opendrimbox.xds.transaction.StoredQuery;

/** DocumentQuery → ITI-18 stored query, and ExtrinsicObject → DocumentSummary. */
final class QueryMapper {

  private QueryMapper() {}

  static StoredQuery toStoredQuery(DocumentQuery q) {
    Map<String, List<String>> p = new LinkedHashMap<>();
    p.put("$XDSDocumentEntryPatientId", List.of(StoredQuery.single(q.patient().xdsPatientId())));
    p.put("$XDSDocumentEntryStatus", List.of(q.approvedOnly()
        ? StoredQuery.list(List.of(XdsIds.APPROVED))
        : StoredQuery.list(List.of(XdsIds.APPROVED, XdsIds.DEPRECATED))));
    codes(p, "$XDSDocumentEntryClassCode", q.classCodes());
    codes(p, "$XDSDocumentEntryTypeCode", q.typeCodes());
    if (!q.modalities().isEmpty() || !q.regions().isEmpty()) {
      List<String> occurrences = new java.util.ArrayList<>();
      if (!q.modalities().isEmpty()) {
        occurrences.add(list(q.modalities()));
      }
      if (!q.regions().isEmpty()) {
        occurrences.add(list(q.regions()));
      }
      p.put("$XDSDocumentEntryEventCodeList", occurrences);
    }
    time(p, "$XDSDocumentEntryCreationTimeFrom", q.creationFrom());
    time(p, "$XDSDocumentEntryCreationTimeTo", q.creationTo());
    time(p, "$XDSDocumentEntryServiceStartTimeFrom", q.serviceStartFrom());
    time(p, "$XDSDocumentEntryServiceStartTimeTo", q.serviceStartTo());
    String id = StoredQuery.FIND_DOCUMENTS;
    if (q.referenceId() != null) {
      id = StoredQuery.FIND_BY_REFERENCE_ID;
      p.put("$XDSDocumentEntryReferenceIdList",
          List.of(StoredQuery.list(List.of(q.referenceId()))));
    }
    return new StoredQuery(id, "LeafClass", p);
  }

  static DocumentSummary toSummary(ExtrinsicObject e) {
    return new DocumentSummary(e.id(), e.externalId(XdsIds.DE_UNIQUE_ID).orElse(null),
        e.slotValue("repositoryUniqueId").orElse(null),
        e.externalId(XdsIds.DE_PATIENT_ID).orElse(null), e.status(), e.mimeType(), e.name(),
        e.slotValue("creationTime").orElse(null), e.slotValue("serviceStartTime").orElse(null),
        first(e, XdsIds.DE_CLASS_CODE), first(e, XdsIds.DE_TYPE_CODE),
        first(e, XdsIds.DE_FORMAT_CODE),
        e.codes(XdsIds.DE_EVENT_CODE).stream().map(QueryMapper::value).toList(),
        e.codes(XdsIds.DE_CONFIDENTIALITY).stream().map(QueryMapper::value).toList(),
        e.slotValues(XdsIds.REFERENCE_ID_LIST));
  }

  private static CodedValue first(ExtrinsicObject e, String scheme) {
    return e.codes(scheme).stream().findFirst().map(QueryMapper::value).orElse(null);
  }

  private static CodedValue value(Code c) {
    return new CodedValue(c.code(), c.codingScheme() == null ? "" : c.codingScheme(),
        c.displayName());
  }

  private static void codes(Map<String, List<String>> p, String name, List<CodedValue> codes) {
    if (!codes.isEmpty()) {
      p.put(name, List.of(list(codes)));
    }
  }

  private static String list(List<CodedValue> codes) {
    return StoredQuery.list(codes.stream().map(c -> c.code() + "^^" + c.codingScheme()).toList());
  }

  private static void time(Map<String, List<String>> p, String name, java.time.Instant t) {
    if (t != null) {
      p.put(name, List.of(Hl7.dtm(t)));
    }
  }
}
