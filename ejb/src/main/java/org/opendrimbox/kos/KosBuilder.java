package org.opendrimbox.kos;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Sequence;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.dicom.io.DicomOutputStream;
import org.opendrimbox.ids.Ins;
import org.opendrimbox.pacs.StudyInfo;

/**
 * Builds the Key Object Selection Document "Manifest" of one study (R10, drimm-digest §4): TID 2010 with title
 * (113030, DCM, "Manifest"), the qualified INS as Patient ID (issuer ASIP-SANTE-INS-NIR and its OID), the INS
 * and the IPP in Other Patient IDs, one Referenced Request item per order, the evidence of every instance with
 * one RetrieveURL per series on this box's WADO-RS service, and the Key Object Description text. Character set
 * ISO_IR 192 (UTF-8); written as a Part 10 file in Explicit VR Little Endian. Pure logic, thread-safe.
 */
public final class KosBuilder {

  /** Series Number of every KOS series (value of all DRIM-M samples). */
  public static final int SERIES_NUMBER = 59;

  /** Manufacturer (0008,0070) written in every KOS. */
  public static final String MANUFACTURER = "OpenDRIMbox";

  private static final DateTimeFormatter DA = DateTimeFormatter.ofPattern("yyyyMMdd");
  private static final DateTimeFormatter TM = DateTimeFormatter.ofPattern("HHmmss");

  /** Builds the KOS of {@code in}. */
  public KosDocument build(KosInput in) {
    Attributes ds = dataset(in);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096 + 400 * in.study().instanceCount());
    try (DicomOutputStream out = new DicomOutputStream(bytes, UID.ExplicitVRLittleEndian)) {
      out.writeFileMetaInformation(DicomOutputStream.createFileMetaInformation(in.sopInstanceUid(),
          KosDocument.SOP_CLASS_UID, UID.ExplicitVRLittleEndian));
      out.writeDataset(ds);
    } catch (IOException e) {
      throw new UncheckedIOException("in-memory write failed", e);
    }
    return new KosDocument(bytes.toByteArray(), in.sopInstanceUid(), in.study().studyInstanceUid(),
        in.seriesInstanceUid(), in.study().instanceCount());
  }

  /** The data set (without File Meta Information). */
  public Attributes dataset(KosInput in) {
    Attributes ds = new Attributes(64);
    ds.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
    sopCommonAndDates(ds, in);
    patient(ds, in.patient());
    study(ds, in);
    ds.setString(Tag.Modality, VR.CS, "KO");
    ds.setString(Tag.SeriesInstanceUID, VR.UI, in.seriesInstanceUid());
    ds.setInt(Tag.SeriesNumber, VR.IS, SERIES_NUMBER);
    ds.newSequence(Tag.ReferencedPerformedProcedureStepSequence, 0);
    ds.setString(Tag.Manufacturer, VR.LO, MANUFACTURER);
    ds.setString(Tag.InstitutionName, VR.LO, Texts.institutionName(in.institutionName(), in.institutionId()));
    ds.setInt(Tag.InstanceNumber, VR.IS, 1);
    ds.setString(Tag.ValueType, VR.CS, "CONTAINER");
    ds.newSequence(Tag.ConceptNameCodeSequence, 1).add(CodingSchemes.item("113030", "DCM", "Manifest"));
    ds.setString(Tag.ContinuityOfContent, VR.CS, "SEPARATE");
    Attributes template = new Attributes(2);
    template.setString(Tag.MappingResource, VR.CS, "DCMR");
    template.setString(Tag.TemplateIdentifier, VR.CS, "2010");
    ds.newSequence(Tag.ContentTemplateSequence, 1).add(template);
    KosSequences.referencedRequests(ds, in);
    KosSequences.evidence(ds, in);
    KosSequences.content(ds, in);
    return ds;
  }

  private static void sopCommonAndDates(Attributes ds, KosInput in) {
    ZonedDateTime t = in.created();
    String date = DA.format(t);
    String time = TM.format(t);
    ds.setString(Tag.SOPClassUID, VR.UI, KosDocument.SOP_CLASS_UID);
    ds.setString(Tag.SOPInstanceUID, VR.UI, in.sopInstanceUid());
    ds.setString(Tag.InstanceCreationDate, VR.DA, date);
    ds.setString(Tag.InstanceCreationTime, VR.TM, time);
    ds.setString(Tag.SeriesDate, VR.DA, date);
    ds.setString(Tag.SeriesTime, VR.TM, time);
    ds.setString(Tag.ContentDate, VR.DA, date);
    ds.setString(Tag.ContentTime, VR.TM, time);
    int minutes = t.getOffset().getTotalSeconds() / 60;
    ds.setString(Tag.TimezoneOffsetFromUTC, VR.SH,
        String.format("%s%02d%02d", minutes < 0 ? "-" : "+", Math.abs(minutes) / 60, Math.abs(minutes) % 60));
  }

  private static void patient(Attributes ds, KosPatient p) {
    Ins ins = p.ins();
    ds.setString(Tag.PatientName, VR.PN, p.name());
    ds.setString(Tag.PatientID, VR.LO, ins.value());
    ds.setString(Tag.IssuerOfPatientID, VR.LO, Ins.NAMESPACE);
    ds.newSequence(Tag.IssuerOfPatientIDQualifiersSequence, 1).add(qualifiers(ins.oid()));
    ds.setString(Tag.PatientBirthDate, VR.DA, p.birthDate());
    ds.setString(Tag.PatientSex, VR.CS, p.sex());
    if (!p.otherNames().isEmpty()) {
      ds.setString(Tag.OtherPatientNames, VR.PN, p.otherNames().toArray(String[]::new));
    }
    Sequence others = ds.newSequence(Tag.OtherPatientIDsSequence, 2);
    others.add(otherId(ins.value(), Ins.NAMESPACE, ins.oid()));
    var issuer = p.ipp().issuer();
    others.add(otherId(p.ipp().value(),
        issuer.namespace() != null ? issuer.namespace() : issuer.universalId(), issuer.universalId()));
    if (!p.birthPlaceCode().isEmpty()) {
      ds.setString(Tag.PatientComments, VR.LT, p.birthPlaceCode());
    }
  }

  private static Attributes otherId(String id, String issuer, String oid) {
    Attributes item = new Attributes(4);
    item.setString(Tag.PatientID, VR.LO, id);
    item.setString(Tag.IssuerOfPatientID, VR.LO, issuer);
    item.setString(Tag.TypeOfPatientID, VR.CS, "TEXT");
    if (oid != null) {
      item.newSequence(Tag.IssuerOfPatientIDQualifiersSequence, 1).add(qualifiers(oid));
    }
    return item;
  }

  private static Attributes qualifiers(String oid) {
    Attributes q = new Attributes(2);
    q.setString(Tag.UniversalEntityID, VR.UT, oid);
    q.setString(Tag.UniversalEntityIDType, VR.CS, "ISO");
    return q;
  }

  private static void study(Attributes ds, KosInput in) {
    StudyInfo s = in.study();
    ds.setString(Tag.StudyInstanceUID, VR.UI, s.studyInstanceUid().value());
    ds.setString(Tag.StudyDate, VR.DA, s.studyDate());
    ds.setString(Tag.StudyTime, VR.TM, s.studyTime());
    ds.setString(Tag.ReferringPhysicianName, VR.PN, "");
    ds.setString(Tag.StudyID, VR.SH, s.studyId());
    ds.setString(Tag.StudyDescription, VR.LO, Texts.lo(s.studyDescription()));
    boolean single = in.requests().size() == 1 && in.requests().get(0).accession() != null;
    ds.setString(Tag.AccessionNumber, VR.SH, single ? in.requests().get(0).accession().value() : "");
    if (single && in.requests().get(0).accession().issuer() != null) {
      KosSequences.addIssuer(ds, Tag.IssuerOfAccessionNumberSequence, in.requests().get(0).accession().issuer());
    }
  }
}
