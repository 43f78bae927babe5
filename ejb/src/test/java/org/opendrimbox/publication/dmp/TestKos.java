package org.opendrimbox.publication.dmp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Sequence;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.dicom.io.DicomOutputStream;

/**
 * A small Key Object Selection document for exam C (patient PAT-TROIS DOMINIQUE, digest §4),
 * written with the project's DICOM library: Patient, Study, Series, SR Document and Key Object
 * Document modules with one referenced CT image.
 */
final class TestKos {
  static final String INS = "279035121518989";
  static final String STUDY_UID = "1.2.250.1.213.4.5.2.1.103";
  static final String SERIES_UID = "1.2.250.1.213.4.5.2.2.103.1";
  static final String IMAGE_UID = "1.2.250.1.213.4.5.2.3.103.1.1";

  private TestKos() {}

  /** Part 10 bytes (Explicit VR Little Endian) of a KOS with the given SOP Instance UID. */
  static byte[] examC(String sopInstanceUid, String accession, String order) {
    return examC(sopInstanceUid, INS, accession, order);
  }

  /** The same KOS for another Patient ID. */
  static byte[] examC(String sopInstanceUid, String patientId, String accession, String order) {
    Attributes a = new Attributes();
    a.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
    a.setString(Tag.SOPClassUID, VR.UI, UID.KeyObjectSelectionDocumentStorage);
    a.setString(Tag.SOPInstanceUID, VR.UI, sopInstanceUid);
    a.setString(Tag.StudyDate, VR.DA, "20210108");
    a.setString(Tag.ContentDate, VR.DA, "20240828");
    a.setString(Tag.StudyTime, VR.TM, "102500");
    a.setString(Tag.ContentTime, VR.TM, "162326");
    a.setString(Tag.AccessionNumber, VR.SH, accession);
    a.setString(Tag.Modality, VR.CS, "KO");
    a.setString(Tag.Manufacturer, VR.LO, "OpenDRIMbox");
    a.setString(Tag.ReferringPhysicianName, VR.PN, "");
    a.setString(Tag.PatientName, VR.PN, "PAT-TROIS^DOMINIQUE");
    a.setString(Tag.PatientID, VR.LO, patientId);
    a.setString(Tag.IssuerOfPatientID, VR.LO, "ASIP-SANTE-INS-NIR");
    a.setString(Tag.PatientBirthDate, VR.DA, "19790328");
    a.setString(Tag.PatientSex, VR.CS, "F");
    a.setString(Tag.PatientComments, VR.LT, "51215");
    a.setString(Tag.StudyInstanceUID, VR.UI, STUDY_UID);
    a.setString(Tag.SeriesInstanceUID, VR.UI, "1.2.250.1.213.4.5.2.2.103.999");
    a.setString(Tag.StudyID, VR.SH, "");
    a.setString(Tag.SeriesNumber, VR.IS, "999");
    a.setString(Tag.InstanceNumber, VR.IS, "1");
    a.setString(Tag.ValueType, VR.CS, "CONTAINER");
    code(a.newSequence(Tag.ConceptNameCodeSequence, 1), "113030", "DCM", "Manifest");
    a.newSequence(Tag.ReferencedPerformedProcedureStepSequence, 0);
    Attributes request = new Attributes();
    request.setString(Tag.AccessionNumber, VR.SH, accession);
    request.setString(Tag.StudyInstanceUID, VR.UI, STUDY_UID);
    request.setString(Tag.RequestedProcedureID, VR.SH, order);
    request.setString(Tag.PlacerOrderNumberImagingServiceRequest, VR.LO, order);
    request.setString(Tag.FillerOrderNumberImagingServiceRequest, VR.LO, "");
    a.newSequence(Tag.ReferencedRequestSequence, 1).add(request);
    a.newSequence(Tag.CurrentRequestedProcedureEvidenceSequence, 1).add(evidence());
    a.setString(Tag.ContinuityOfContent, VR.CS, "SEPARATE");
    a.newSequence(Tag.ContentTemplateSequence, 1).add(new Attributes()
        .setString(Tag.MappingResource, VR.CS, "DCMR")
        .setString(Tag.TemplateIdentifier, VR.CS, "2010"));
    a.newSequence(Tag.ContentSequence, 1).add(imageItem());
    return write(a, sopInstanceUid);
  }

  private static Attributes evidence() {
    Attributes sop = new Attributes()
        .setString(Tag.ReferencedSOPClassUID, VR.UI, UID.CTImageStorage)
        .setString(Tag.ReferencedSOPInstanceUID, VR.UI, IMAGE_UID);
    Attributes series = new Attributes();
    series.setString(Tag.SeriesInstanceUID, VR.UI, SERIES_UID);
    series.newSequence(Tag.ReferencedSOPSequence, 1).add(sop);
    Attributes study = new Attributes();
    study.setString(Tag.StudyInstanceUID, VR.UI, STUDY_UID);
    study.newSequence(Tag.ReferencedSeriesSequence, 1).add(series);
    return study;
  }

  private static Attributes imageItem() {
    Attributes item = new Attributes();
    item.setString(Tag.RelationshipType, VR.CS, "CONTAINS");
    item.setString(Tag.ValueType, VR.CS, "IMAGE");
    item.newSequence(Tag.ReferencedSOPSequence, 1).add(new Attributes()
        .setString(Tag.ReferencedSOPClassUID, VR.UI, UID.CTImageStorage)
        .setString(Tag.ReferencedSOPInstanceUID, VR.UI, IMAGE_UID));
    return item;
  }

  private static void code(Sequence seq, String value, String scheme, String meaning) {
    seq.add(new Attributes().setString(Tag.CodeValue, VR.SH, value)
        .setString(Tag.CodingSchemeDesignator, VR.SH, scheme)
        .setString(Tag.CodeMeaning, VR.LO, meaning));
  }

  private static byte[] write(Attributes a, String sopInstanceUid) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DicomOutputStream out = new DicomOutputStream(bytes, UID.ExplicitVRLittleEndian)) {
      out.writeFileMetaInformation(DicomOutputStream.createFileMetaInformation(sopInstanceUid,
          UID.KeyObjectSelectionDocumentStorage, UID.ExplicitVRLittleEndian));
      out.writeDataset(a);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
