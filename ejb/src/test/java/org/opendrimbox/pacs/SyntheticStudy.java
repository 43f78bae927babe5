package org.opendrimbox.pacs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.dicom.io.DicomOutputStream;

/**
 * Small synthetic CT studies (8x8 pixels per instance) whose patient, accession and study identifiers are
 * chosen by the test, written with the project's own DICOM library as Part 10 Explicit VR Little Endian.
 *
 * @param studyUid Study Instance UID
 * @param patientId Patient ID
 * @param issuerNamespace Issuer Of Patient ID, or null
 * @param issuerOid Universal Entity ID of the patient ID issuer, or null
 * @param accession Accession Number, or null
 * @param accessionIssuerOid Universal Entity ID of the accession issuer, or null
 * @param seriesSizes number of instances of each series
 */
public record SyntheticStudy(
    String studyUid, String patientId, String issuerNamespace, String issuerOid, String accession,
    String accessionIssuerOid, int... seriesSizes) {

  /** Series Instance UID of series {@code n} (1-based). */
  public String seriesUid(int n) {
    return studyUid + ".2." + n;
  }

  /** SOP Instance UID of instance {@code i} of series {@code n}. */
  public String instanceUid(int n, int i) {
    return studyUid + ".3." + n + "." + i;
  }

  /** Every instance, as Part 10 files. */
  public List<byte[]> files() throws IOException {
    List<byte[]> files = new ArrayList<>();
    for (int n = 1; n <= seriesSizes.length; n++) {
      for (int i = 1; i <= seriesSizes[n - 1]; i++) {
        files.add(part10(instance(n, i)));
      }
    }
    return files;
  }

  /** Stores every instance in {@code pacs}. */
  public void storeIn(OrthancPacs pacs) throws IOException, InterruptedException {
    for (byte[] f : files()) {
      pacs.store(f);
    }
  }

  private Attributes instance(int n, int i) {
    Attributes a = new Attributes(48);
    a.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
    a.setString(Tag.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "AXIAL");
    a.setString(Tag.SOPClassUID, VR.UI, UID.CTImageStorage);
    a.setString(Tag.SOPInstanceUID, VR.UI, instanceUid(n, i));
    a.setString(Tag.StudyDate, VR.DA, "20210108");
    a.setString(Tag.StudyTime, VR.TM, "102500");
    a.setString(Tag.AccessionNumber, VR.SH, accession == null ? "" : accession);
    if (accessionIssuerOid != null) {
      a.newSequence(Tag.IssuerOfAccessionNumberSequence, 1).add(qualifiers(accessionIssuerOid));
    }
    a.setString(Tag.Modality, VR.CS, "CT");
    a.setString(Tag.Manufacturer, VR.LO, "OpenDRIMbox tests");
    a.setString(Tag.ReferringPhysicianName, VR.PN, "");
    a.setString(Tag.StudyDescription, VR.LO, "TDM crâne injecté");
    a.setString(Tag.SeriesDescription, VR.LO, "Série " + n);
    a.setString(Tag.PatientName, VR.PN, "PAT-TROIS^DOMINIQUE");
    a.setString(Tag.PatientID, VR.LO, patientId);
    if (issuerNamespace != null) {
      a.setString(Tag.IssuerOfPatientID, VR.LO, issuerNamespace);
    }
    if (issuerOid != null) {
      a.newSequence(Tag.IssuerOfPatientIDQualifiersSequence, 1).add(qualifiers(issuerOid));
    }
    a.setString(Tag.PatientBirthDate, VR.DA, "19790328");
    a.setString(Tag.PatientSex, VR.CS, "F");
    a.setString(Tag.KVP, VR.DS, "120");
    a.setString(Tag.PatientPosition, VR.CS, "HFS");
    a.setString(Tag.StudyInstanceUID, VR.UI, studyUid);
    a.setString(Tag.SeriesInstanceUID, VR.UI, seriesUid(n));
    a.setString(Tag.StudyID, VR.SH, "1");
    a.setInt(Tag.SeriesNumber, VR.IS, n);
    a.setInt(Tag.InstanceNumber, VR.IS, i);
    a.setString(Tag.ImagePositionPatient, VR.DS, "0", "0", Integer.toString(-i));
    a.setString(Tag.ImageOrientationPatient, VR.DS, "1", "0", "0", "0", "1", "0");
    a.setString(Tag.FrameOfReferenceUID, VR.UI, studyUid + ".4");
    a.setString(Tag.PositionReferenceIndicator, VR.LO, "");
    a.setInt(Tag.SamplesPerPixel, VR.US, 1);
    a.setString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME2");
    a.setInt(Tag.Rows, VR.US, 8);
    a.setInt(Tag.Columns, VR.US, 8);
    a.setString(Tag.PixelSpacing, VR.DS, "1", "1");
    a.setInt(Tag.BitsAllocated, VR.US, 16);
    a.setInt(Tag.BitsStored, VR.US, 12);
    a.setInt(Tag.HighBit, VR.US, 11);
    a.setInt(Tag.PixelRepresentation, VR.US, 0);
    a.setString(Tag.RescaleIntercept, VR.DS, "-1024");
    a.setString(Tag.RescaleSlope, VR.DS, "1");
    byte[] pixels = new byte[8 * 8 * 2];
    for (int p = 0; p < pixels.length; p += 2) {
      pixels[p] = (byte) (p + i);
    }
    a.setBytes(Tag.PixelData, VR.OW, pixels);
    return a;
  }

  private static Attributes qualifiers(String oid) {
    Attributes q = new Attributes(2);
    q.setString(Tag.UniversalEntityID, VR.UT, oid);
    q.setString(Tag.UniversalEntityIDType, VR.CS, "ISO");
    return q;
  }

  private byte[] part10(Attributes a) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
    try (DicomOutputStream out = new DicomOutputStream(bytes, UID.ExplicitVRLittleEndian)) {
      out.writeFileMetaInformation(DicomOutputStream.createFileMetaInformation(
          a.getString(Tag.SOPInstanceUID), UID.CTImageStorage, UID.ExplicitVRLittleEndian));
      out.writeDataset(a);
    }
    return bytes.toByteArray();
  }
}
