package org.opendrimbox.dmpsim.transactions;

import java.util.List;
import java.util.function.Predicate;
import org.opendrimbox.dmpsim.store.StoredEntry;
import org.opendrimbox.xds.rim.Code;
import org.opendrimbox.xds.rim.XdsIds;
import org.opendrimbox.xds.transaction.StoredQuery;

/** FindDocuments parameter semantics (IHE ITI TF-2a 3.18.4.1.2.3.7.1). */
final class QueryFilters {

  private QueryFilters() {}

  static Predicate<StoredEntry> find(StoredQuery q) {
    String patient = Iti18Handler.first(q, "$XDSDocumentEntryPatientId");
    List<String> statuses = Iti18Handler.values(q, "$XDSDocumentEntryStatus");
    Predicate<StoredEntry> p = e -> e.patientId().equals(patient)
        && (statuses.isEmpty() || statuses.contains(e.status()));
    p = p.and(codes(q, "$XDSDocumentEntryClassCode", XdsIds.DE_CLASS_CODE));
    p = p.and(codes(q, "$XDSDocumentEntryTypeCode", XdsIds.DE_TYPE_CODE));
    p = p.and(codes(q, "$XDSDocumentEntryFormatCode", XdsIds.DE_FORMAT_CODE));
    p = p.and(codes(q, "$XDSDocumentEntryConfidentialityCode", XdsIds.DE_CONFIDENTIALITY));
    // each occurrence of the event code parameter is ANDed, values inside one are ORed
    for (String raw : q.parameters().getOrDefault("$XDSDocumentEntryEventCodeList", List.of())) {
      List<String> any = StoredQuery.parseValues(raw);
      p = p.and(e -> e.metadata().codes(XdsIds.DE_EVENT_CODE).stream()
          .anyMatch(c -> any.contains(c.queryForm())));
    }
    List<String> refs = Iti18Handler.values(q, "$XDSDocumentEntryReferenceIdList");
    if (!refs.isEmpty()) {
      p = p.and(e -> e.metadata().slotValues(XdsIds.REFERENCE_ID_LIST).stream()
          .anyMatch(refs::contains));
    }
    p = p.and(time(q, "$XDSDocumentEntryCreationTimeFrom", "creationTime", true));
    p = p.and(time(q, "$XDSDocumentEntryCreationTimeTo", "creationTime", false));
    p = p.and(time(q, "$XDSDocumentEntryServiceStartTimeFrom", "serviceStartTime", true));
    p = p.and(time(q, "$XDSDocumentEntryServiceStartTimeTo", "serviceStartTime", false));
    return p;
  }

  private static Predicate<StoredEntry> codes(StoredQuery q, String param, String scheme) {
    List<String> wanted = Iti18Handler.values(q, param);
    if (wanted.isEmpty()) {
      return e -> true;
    }
    return e -> e.metadata().codes(scheme).stream().map(Code::queryForm)
        .anyMatch(wanted::contains);
  }

  /** DTM comparison on the common prefix length, bounds inclusive-from / exclusive-to. */
  private static Predicate<StoredEntry> time(StoredQuery q, String param, String slot,
      boolean from) {
    String bound = Iti18Handler.first(q, param);
    if (bound == null) {
      return e -> true;
    }
    return e -> e.metadata().slotValue(slot).map(v -> {
      String value = digits(v);
      String b = digits(bound);
      int n = Math.min(value.length(), b.length());
      int cmp = value.substring(0, n).compareTo(b.substring(0, n));
      return from ? cmp >= 0 : cmp < 0;
    }).orElse(false);
  }

  private static String digits(String dtm) {
    int plus = Math.max(dtm.indexOf('+'), dtm.indexOf('-'));
    return plus > 0 ? dtm.substring(0, plus) : dtm;
  }
}
