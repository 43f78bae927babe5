package org.opendrimbox.kos;

import java.util.List;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Sequence;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.ids.Issuer;
import org.opendrimbox.pacs.InstanceRef;
import org.opendrimbox.pacs.SeriesInfo;

/**
 * The three large sequences of the manifest: Referenced Request (§4.4), Current Requested Procedure
 * Evidence (§4.5, one RetrieveURL and RetrieveLocationUID per series) and the TID 2010 Content Sequence
 * (§4.6: the Key Object Description text, then one IMAGE or COMPOSITE item per instance).
 */
final class KosSequences {

  private static final List<String> NON_IMAGE_PREFIXES = List.of(
      "1.2.840.10008.5.1.4.1.1.88.", // structured reports, KOS
      "1.2.840.10008.5.1.4.1.1.11.", // presentation states
      "1.2.840.10008.5.1.4.1.1.9.", // waveforms (referenced as COMPOSITE here)
      "1.2.840.10008.5.1.4.1.1.104.", // encapsulated documents
      "1.2.840.10008.5.1.4.1.1.66", // raw data, registration, segmentation of surfaces
      "1.2.840.10008.5.1.4.1.1.481.", // RT objects other than RT Image
      "1.2.840.10008.5.1.4.1.1.68."); // surface models

  private KosSequences() {}

  static void referencedRequests(Attributes ds, KosInput in) {
    Sequence seq = ds.newSequence(Tag.ReferencedRequestSequence, in.requests().size());
    for (KosRequest r : in.requests()) {
      Attributes item = new Attributes(12);
      item.setString(Tag.AccessionNumber, VR.SH, r.accession() == null ? "" : r.accession().value());
      if (r.accession() != null && r.accession().issuer() != null) {
        addIssuer(item, Tag.IssuerOfAccessionNumberSequence, r.accession().issuer());
      }
      item.newSequence(Tag.ReferencedStudySequence, 0);
      item.setString(Tag.StudyInstanceUID, VR.UI, in.study().studyInstanceUid().value());
      item.setString(Tag.RequestedProcedureDescription, VR.LO,
          r.requestedProcedure() == null ? "" : Texts.lo(r.requestedProcedure().displayName()));
      Sequence codes = item.newSequence(Tag.RequestedProcedureCodeSequence, 1);
      Attributes code = CodingSchemes.item(r.requestedProcedure());
      if (code != null) {
        codes.add(code);
      }
      if (r.placerOrder() != null) {
        addIssuer(item, Tag.OrderPlacerIdentifierSequence, r.placerOrder().issuer());
      }
      item.setString(Tag.RequestedProcedureID, VR.SH, "");
      item.setString(Tag.PlacerOrderNumberImagingServiceRequest, VR.LO,
          r.placerOrder() == null ? "" : r.placerOrder().value());
      item.setString(Tag.FillerOrderNumberImagingServiceRequest, VR.LO, "");
      seq.add(item);
    }
  }

  static void evidence(Attributes ds, KosInput in) {
    Attributes study = new Attributes(2);
    Sequence seriesSeq = study.newSequence(Tag.ReferencedSeriesSequence, in.study().series().size());
    for (SeriesInfo s : in.study().series()) {
      Attributes series = new Attributes(5);
      series.setString(Tag.RetrieveURL, VR.UR, in.retrieveUrl(s.seriesInstanceUid()));
      Sequence sops = series.newSequence(Tag.ReferencedSOPSequence, s.instances().size());
      for (InstanceRef i : s.instances()) {
        sops.add(sopReference(i));
      }
      series.setString(Tag.SeriesInstanceUID, VR.UI, s.seriesInstanceUid());
      series.setString(Tag.RetrieveLocationUID, VR.UI, in.retrieveLocationUid());
      seriesSeq.add(series);
    }
    study.setString(Tag.StudyInstanceUID, VR.UI, in.study().studyInstanceUid().value());
    ds.newSequence(Tag.CurrentRequestedProcedureEvidenceSequence, 1).add(study);
  }

  static void content(Attributes ds, KosInput in) {
    Sequence content = ds.newSequence(Tag.ContentSequence, in.study().instanceCount() + 1);
    Attributes text = new Attributes(4);
    text.setString(Tag.RelationshipType, VR.CS, "CONTAINS");
    text.setString(Tag.ValueType, VR.CS, "TEXT");
    text.newSequence(Tag.ConceptNameCodeSequence, 1)
        .add(CodingSchemes.item("113012", "DCM", "Key Object Description"));
    String description = in.study().studyDescription().isEmpty()
        ? in.requests().stream().filter(r -> r.requestedProcedure() != null)
            .map(r -> r.requestedProcedure().displayName()).findFirst().orElse("")
        : in.study().studyDescription();
    text.setString(Tag.TextValue, VR.UT,
        Texts.keyObjectDescription(description, in.procedureLabel(), in.study().series()));
    content.add(text);
    for (SeriesInfo s : in.study().series()) {
      for (InstanceRef i : s.instances()) {
        Attributes item = new Attributes(3);
        item.newSequence(Tag.ReferencedSOPSequence, 1).add(sopReference(i));
        item.setString(Tag.RelationshipType, VR.CS, "CONTAINS");
        item.setString(Tag.ValueType, VR.CS, isImage(i.sopClassUid()) ? "IMAGE" : "COMPOSITE");
        content.add(item);
      }
    }
  }

  /** Whether a SOP class is referenced as IMAGE (otherwise COMPOSITE) in the content tree. */
  static boolean isImage(String sopClassUid) {
    return sopClassUid.startsWith("1.2.840.10008.5.1.4.1.1.")
        && NON_IMAGE_PREFIXES.stream().noneMatch(sopClassUid::startsWith)
        || sopClassUid.equals("1.2.840.10008.5.1.4.1.1.481.1"); // RT Image
  }

  private static Attributes sopReference(InstanceRef i) {
    Attributes ref = new Attributes(3);
    ref.setString(Tag.ReferencedSOPClassUID, VR.UI, i.sopClassUid());
    ref.setString(Tag.ReferencedSOPInstanceUID, VR.UI, i.sopInstanceUid());
    if (i.instanceNumber() != null) {
      ref.setInt(Tag.InstanceNumber, VR.IS, i.instanceNumber()); // DRIM-M addition (drimm-digest §4.5)
    }
    return ref;
  }

  /** An issuer sequence item: Local Namespace, Universal Entity ID and its type, as known. */
  static void addIssuer(Attributes item, int sequenceTag, Issuer issuer) {
    Attributes q = new Attributes(3);
    if (issuer.namespace() != null) {
      q.setString(Tag.LocalNamespaceEntityID, VR.UT, issuer.namespace());
    }
    if (issuer.universalId() != null) {
      q.setString(Tag.UniversalEntityID, VR.UT, issuer.universalId());
      q.setString(Tag.UniversalEntityIDType, VR.CS,
          issuer.universalIdType() == null ? "ISO" : issuer.universalIdType());
    }
    item.newSequence(sequenceTag, 1).add(q);
  }
}
