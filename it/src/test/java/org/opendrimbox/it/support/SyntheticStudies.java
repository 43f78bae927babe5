package org.opendrimbox.it.support;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.UidGenerator;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.dicom.io.DicomOutputStream;

/**
 * Small CT studies written with our own DICOM library, with the patient, accession and study of a report, so
 * that the PACS holds what the report describes. Two series; tiny 16 x 16 images.
 */
public final class SyntheticStudies {

  private SyntheticStudies() {}

  /** Writes {@code instances} files under {@code dir}; returns the series UIDs used (2). */
  public static String[] write(Path dir, String studyUid, String accession, int instances) {
    String[] series = {UidGenerator.newUid(), UidGenerator.newUid()};
    try {
      Files.createDirectories(dir);
      for (int i = 0; i < instances; i++) {
        String iuid = UidGenerator.newUid();
        Attributes a = instance(studyUid, series[i % 2], i % 2 + 1, iuid, accession, i);
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(dir.resolve(i + ".dcm")));
            DicomOutputStream out = new DicomOutputStream(file, UID.ExplicitVRLittleEndian)) {
          out.writeFileMetaInformation(
              DicomOutputStream.createFileMetaInformation(iuid, UID.CTImageStorage, UID.ExplicitVRLittleEndian));
          out.writeDataset(a);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return series;
  }

  private static Attributes instance(String study, String series, int seriesNumber, String iuid, String accession,
      int i) {
    Attributes a = new Attributes();
    a.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
    a.setString(Tag.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "AXIAL");
    a.setString(Tag.SOPClassUID, VR.UI, UID.CTImageStorage);
    a.setString(Tag.SOPInstanceUID, VR.UI, iuid);
    a.setString(Tag.StudyDate, VR.DA, "20210409");
    a.setString(Tag.StudyTime, VR.TM, "101500");
    a.setString(Tag.AccessionNumber, VR.SH, accession);
    a.setString(Tag.Modality, VR.CS, "CT");
    a.setString(Tag.Manufacturer, VR.LO, "OpenDRIMbox IT");
    a.setString(Tag.ReferringPhysicianName, VR.PN, "");
    a.setString(Tag.StudyDescription, VR.LO, "TDM abdomen");
    a.setString(Tag.PatientName, VR.PN, "PAT-TROIS^DOMINIQUE");
    a.setString(Tag.PatientID, VR.LO, ReportVariants.EXAM_C_IPP);
    a.setString(Tag.IssuerOfPatientID, VR.LO, ReportVariants.EXAM_C_IPP_ISSUER);
    Attributes issuer = new Attributes();
    issuer.setString(Tag.UniversalEntityID, VR.UT, ReportVariants.EXAM_C_IPP_ISSUER_OID);
    issuer.setString(Tag.UniversalEntityIDType, VR.CS, "ISO");
    a.newSequence(Tag.IssuerOfPatientIDQualifiersSequence, 1).add(issuer);
    a.setString(Tag.PatientBirthDate, VR.DA, "19790328");
    a.setString(Tag.PatientSex, VR.CS, "F");
    a.setString(Tag.StudyInstanceUID, VR.UI, study);
    a.setString(Tag.SeriesInstanceUID, VR.UI, series);
    a.setString(Tag.StudyID, VR.SH, "1");
    a.setString(Tag.SeriesNumber, VR.IS, Integer.toString(seriesNumber));
    a.setString(Tag.InstanceNumber, VR.IS, Integer.toString(i + 1));
    a.setString(Tag.PatientOrientation, VR.CS, "", "");
    a.setInt(Tag.SamplesPerPixel, VR.US, 1);
    a.setString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME2");
    a.setInt(Tag.Rows, VR.US, 16);
    a.setInt(Tag.Columns, VR.US, 16);
    a.setInt(Tag.BitsAllocated, VR.US, 16);
    a.setInt(Tag.BitsStored, VR.US, 12);
    a.setInt(Tag.HighBit, VR.US, 11);
    a.setInt(Tag.PixelRepresentation, VR.US, 0);
    a.setString(Tag.RescaleIntercept, VR.DS, "-1024");
    a.setString(Tag.RescaleSlope, VR.DS, "1");
    a.setString(Tag.KVP, VR.DS, "120");
    a.setString(Tag.AcquisitionNumber, VR.IS, "1");
    byte[] pixels = new byte[16 * 16 * 2];
    for (int p = 0; p < pixels.length; p += 2) {
      pixels[p] = (byte) (p + i);
    }
    a.setBytes(Tag.PixelData, VR.OW, pixels);
    return a;
  }
}
