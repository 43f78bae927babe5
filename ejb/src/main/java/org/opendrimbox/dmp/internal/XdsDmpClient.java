package org.opendrimbox.dmp.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.opendrimbox.dmp.Actor;
import org.opendrimbox.dmp.Confidentiality;
import org.opendrimbox.dmp.DmpClient;
import org.opendrimbox.dmp.DmpClientConfig;
import org.opendrimbox.dmp.DmpError;
import org.opendrimbox.dmp.DmpException;
import org.opendrimbox.dmp.DmpRejectedException;
import org.opendrimbox.dmp.DocumentQuery;
import org.opendrimbox.dmp.DocumentSummary;
import org.opendrimbox.dmp.KosPublication;
import org.opendrimbox.dmp.PatientIdentity;
import org.opendrimbox.dmp.PublishResult;
import org.opendrimbox.dmp.RetrievedDocument;
import org.opendrimbox.xds.rim.Association;
import org.opendrimbox.xds.rim.ExtrinsicObject;
import org.opendrimbox.xds.rim.RegistryObjectList;
import org.opendrimbox.xds.rim.RegistryPackage;
import org.opendrimbox.xds.rim.Slot;
import org.opendrimbox.xds.rim.XdsIds;
import org.opendrimbox.xds.sign.XadesSourceSigner;
import org.opendrimbox.xds.soap.Attachment;
import org.opendrimbox.xds.soap.MtomMessage;
import org.opendrimbox.xds.soap.Soap;
import org.opendrimbox.xds.transaction.ProvideAndRegister;
import org.opendrimbox.xds.transaction.QueryResponse;
import org.opendrimbox.xds.transaction.RegistryResponse;
import org.opendrimbox.xds.transaction.RetrieveDocumentSet;
import org.opendrimbox.xds.transaction.StoredQuery;
import org.opendrimbox.xds.transaction.XdsActions;
import org.opendrimbox.xds.xml.Xml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * {@link DmpClient} over SOAP 1.2/MTOM with java.net.http, mutual TLS and Santuario signatures.
 * No PHI is logged.
 */
public final class XdsDmpClient implements DmpClient {
  private static final System.Logger LOG = System.getLogger(XdsDmpClient.class.getName());
  private final DmpClientConfig config;
  private final Clock clock;
  private final Credentials credentials;
  private final Envelopes envelopes;
  private final SoapTransport transport;

  public XdsDmpClient(DmpClientConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
    this.credentials = new Credentials(config);
    this.envelopes = new Envelopes(config, clock);
    this.transport = new SoapTransport(config.requestTimeout());
  }

  @Override
  public PublishResult publish(KosPublication publication) throws DmpException {
    return provideAndRegister(publication, null);
  }

  @Override
  public PublishResult replace(String previousUniqueId, KosPublication replacement)
      throws DmpException {
    if (previousUniqueId.equals(replacement.kosSopInstanceUid())) {
      throw new IllegalArgumentException("a replacement KOS needs a new SOP Instance UID");
    }
    String entryUuid = entryUuid(replacement.patient(), previousUniqueId, replacement.actor());
    return provideAndRegister(replacement, entryUuid);
  }

  @Override
  public PublishResult unpublish(PatientIdentity patient, String uniqueId, Actor actor)
      throws DmpException {
    String entryUuid = entryUuid(patient, uniqueId, actor);
    SubmissionBuilder b = new SubmissionBuilder(config.sourceId(), config.deviceAuthor());
    String ssUid = Hl7.uuidOid();
    RegistryPackage ss = b.submissionSet(ssUid, patient, actor.professional(),
        actor.organisation(), KosPublicationDefaults.CONTENT_TYPE, clock.instant(),
        "Depublication", null);
    Association a = new Association(UUID.randomUUID().toString(),
        XdsIds.UPDATE_AVAILABILITY, SubmissionBuilder.SS_ID, entryUuid, List.of(
            Slot.of("OriginalStatus", XdsIds.APPROVED),
            Slot.of("NewStatus", XdsIds.DMP_DELETED)));
    return updateDocumentSet(patient, actor, uniqueId, ssUid,
        new RegistryObjectList(List.of(ss), List.of(), List.of(a), List.of()));
  }

  @Override
  public PublishResult updateConfidentiality(PatientIdentity patient, String uniqueId,
      Set<Confidentiality> confidentiality, Actor actor) throws DmpException {
    ExtrinsicObject current = getDocument(patient, uniqueId, actor);
    SubmissionBuilder b = new SubmissionBuilder(config.sourceId(), config.deviceAuthor());
    String ssUid = Hl7.uuidOid();
    RegistryPackage ss = b.submissionSet(ssUid, patient, actor.professional(),
        actor.organisation(), KosPublicationDefaults.CONTENT_TYPE, clock.instant(),
        "Modification de confidentialite", null);
    String id = KosEntries.KOS_ID;
    List<org.opendrimbox.xds.rim.Classification> cls = new ArrayList<>(
        current.classifications().stream()
            .filter(c -> !XdsIds.DE_CONFIDENTIALITY.equals(c.scheme())).toList());
    cls.addAll(b.confidentiality(id, confidentiality));
    ExtrinsicObject next = current.withClassifications(cls).withIdAndStatus(id, null)
        .withSlots(current.slots().stream()
            .filter(s -> !s.name().equals("repositoryUniqueId")).toList());
    Association member = new Association(UUID.randomUUID().toString(), XdsIds.HAS_MEMBER,
        SubmissionBuilder.SS_ID, id, List.of(Slot.of("SubmissionSetStatus", "Original"),
            Slot.of("PreviousVersion", "1")));
    return updateDocumentSet(patient, actor, uniqueId, ssUid,
        new RegistryObjectList(List.of(ss), List.of(next), List.of(member), List.of()));
  }

  @Override
  public List<DocumentSummary> findDocuments(DocumentQuery query, Actor actor)
      throws DmpException {
    return storedQuery(QueryMapper.toStoredQuery(query), query.patient(), actor).objects()
        .documents().stream().map(QueryMapper::toSummary).toList();
  }

  @Override
  public RetrievedDocument retrieve(PatientIdentity patient, String repositoryUniqueId,
      String documentUniqueId, Actor actor) throws DmpException {
    Credentials.Loaded cred = credentials.forOrganisation(actor.organisation().identifier());
    URI to = config.repositoryUrl();
    Document env = envelopes.request(XdsActions.ITI43, to, actor, patient, cred.signingKey());
    RetrieveDocumentSet.writeRequest(Soap.body(env), List.of(
        new RetrieveDocumentSet.Request(repositoryUniqueId, documentUniqueId)));
    MtomMessage resp = transport.call(cred.http(), to, XdsActions.ITI43, env, List.of());
    RetrieveDocumentSet.Response r = RetrieveDocumentSet.readResponse(payload(resp), resp);
    requireSuccess(r.status());
    RetrieveDocumentSet.Document d = r.documents().stream().findFirst().orElseThrow(() ->
        new DmpRejectedException(List.of(new DmpError("XDSDocumentUniqueIdError",
            "no document returned", null))));
    return new RetrievedDocument(d.documentUniqueId(), d.mimeType(), d.bytes());
  }

  private PublishResult provideAndRegister(KosPublication p, String replacedEntryUuid)
      throws DmpException {
    Actor actor = p.actor();
    Credentials.Loaded cred = credentials.forOrganisation(p.organisation().identifier());
    Instant now = clock.instant();
    SubmissionBuilder b = new SubmissionBuilder(config.sourceId(), config.deviceAuthor());
    KosEntries entries = new KosEntries(b);
    String ssUid = Hl7.uuidOid();
    String sigUid = Hl7.uuidOid();
    byte[] signature = new XadesSourceSigner(cred.signingKey(), envelopes.profile()).sign(
        sigUid, ssUid, Map.of(p.kosSopInstanceUid(), p.kos()), now.atOffset(ZoneOffset.UTC));
    RegistryPackage ss = b.submissionSet(ssUid, p.patient(), p.author(), p.organisation(),
        p.contentType(), now, p.title() == null ? KosPublication.DEFAULT_TITLE : p.title(),
        p.comments());
    List<Association> assocs = new ArrayList<>(List.of(b.hasMember(KosEntries.KOS_ID),
        b.hasMember(KosEntries.SIGNATURE_ID),
        new Association(UUID.randomUUID().toString(), XdsIds.SIGNS, KosEntries.SIGNATURE_ID,
            SubmissionBuilder.SS_ID, List.of(Slot.of("SubmissionSetStatus", "Original")))));
    if (replacedEntryUuid != null) {
      assocs.add(new Association(UUID.randomUUID().toString(), XdsIds.RPLC, KosEntries.KOS_ID,
          replacedEntryUuid, List.of()));
    }
    RegistryObjectList md = new RegistryObjectList(List.of(ss),
        List.of(entries.kos(p, now), entries.signature(p, sigUid, signature, now)), assocs,
        List.of());
    URI to = config.repositoryUrl();
    Document env = envelopes.request(XdsActions.ITI41, to, actor, p.patient(), cred.signingKey());
    Attachment kos = new Attachment("0.2", "application/dicom", p.kos());
    Attachment sig = new Attachment("0.3", "text/xml", signature);
    ProvideAndRegister.write(Soap.body(env), md, List.of(
        new ProvideAndRegister.Part(KosEntries.KOS_ID, kos),
        new ProvideAndRegister.Part(KosEntries.SIGNATURE_ID, sig)));
    String messageId = Soap.addressing(env, "MessageID").orElse(null);
    MtomMessage resp = transport.call(cred.http(), to, XdsActions.ITI41, env, List.of(kos, sig));
    requireSuccess(RegistryResponse.read(payload(resp)));
    LOG.log(System.Logger.Level.INFO, "DMP ITI-41 accepted, message {0}", messageId);
    return new PublishResult(p.kosSopInstanceUid(), ssUid, sigUid, messageId);
  }

  private PublishResult updateDocumentSet(PatientIdentity patient, Actor actor, String uniqueId,
      String ssUid, RegistryObjectList md) throws DmpException {
    Credentials.Loaded cred = credentials.forOrganisation(actor.organisation().identifier());
    URI to = config.registryUrl();
    Document env = envelopes.request(XdsActions.ITI57, to, actor, patient, cred.signingKey());
    Element sor = Xml.append(Soap.body(env), org.opendrimbox.xds.xml.Ns.LCM,
        "lcm:SubmitObjectsRequest");
    org.opendrimbox.xds.rim.RimWriter.writeList(sor, md);
    String messageId = Soap.addressing(env, "MessageID").orElse(null);
    MtomMessage resp = transport.call(cred.http(), to, XdsActions.ITI57, env, List.of());
    requireSuccess(RegistryResponse.read(payload(resp)));
    LOG.log(System.Logger.Level.INFO, "DMP ITI-57 accepted, message {0}", messageId);
    return new PublishResult(uniqueId, ssUid, null, messageId);
  }

  private String entryUuid(PatientIdentity patient, String uniqueId, Actor actor)
      throws DmpException {
    return getDocument(patient, uniqueId, actor).id();
  }

  private ExtrinsicObject getDocument(PatientIdentity patient, String uniqueId, Actor actor)
      throws DmpException {
    StoredQuery q = new StoredQuery(StoredQuery.GET_DOCUMENTS, "LeafClass", Map.of(
        "$XDSDocumentEntryUniqueId", List.of(StoredQuery.list(List.of(uniqueId)))));
    return storedQuery(q, patient, actor).objects().documents().stream()
        .filter(d -> XdsIds.APPROVED.equals(d.status())).findFirst()
        .orElseThrow(() -> new DmpRejectedException(List.of(new DmpError(
            "XDSDocumentUniqueIdError", "no approved DMP entry for document " + uniqueId,
            null))));
  }

  private QueryResponse storedQuery(StoredQuery q, PatientIdentity patient, Actor actor)
      throws DmpException {
    Credentials.Loaded cred = credentials.forOrganisation(actor.organisation().identifier());
    URI to = config.registryUrl();
    Document env = envelopes.request(XdsActions.ITI18, to, actor, patient, cred.signingKey());
    q.write(Soap.body(env));
    MtomMessage resp = transport.call(cred.http(), to, XdsActions.ITI18, env, List.of());
    QueryResponse r = QueryResponse.read(payload(resp));
    requireSuccess(r.status());
    return r;
  }

  private static Element payload(MtomMessage m) throws DmpException {
    return Soap.payload(m.envelope()).orElseThrow(() ->
        new org.opendrimbox.dmp.DmpUnavailableException("empty SOAP body from the DMP", null));
  }

  private static void requireSuccess(RegistryResponse r) throws DmpException {
    if (r.isSuccess()) {
      return;
    }
    List<DmpError> errors = r.errors().stream()
        .map(e -> new DmpError(e.errorCode(), e.codeContext(), e.severity())).toList();
    if (errors.stream().anyMatch(e -> "XDSRegistryBusy".equals(e.code())
        || "XDSRepositoryBusy".equals(e.code()))) {
      throw new org.opendrimbox.dmp.DmpUnavailableException("DMP busy: " + errors, null);
    }
    throw new DmpRejectedException(errors.isEmpty()
        ? List.of(new DmpError("Failure", r.status(), null)) : errors);
  }
}
