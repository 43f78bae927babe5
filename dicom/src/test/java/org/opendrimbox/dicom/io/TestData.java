package org.opendrimbox.dicom.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Sequence;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;

/** Builds small synthetic instances for tests. */
public final class TestData {

  public static final String LATIN_NAME = "G\u00C9RARD^H\u00E9l\u00E8ne";

  private TestData() {}

  /** A CT-like image (16x16, 16 bits) with a referenced-series sequence, in the given character set. */
  public static Attributes ct(String charset, String patientName, int rows) {
    Attributes a = new Attributes();
    if (charset != null) {
      a.setString(Tag.SpecificCharacterSet, VR.CS, charset);
    }
    a.setString(Tag.ImageType, VR.CS, "ORIGINAL", "PRIMARY", "AXIAL");
    a.setString(Tag.SOPClassUID, VR.UI, UID.CTImageStorage);
    a.setString(Tag.SOPInstanceUID, VR.UI, "2.25.1234567890123456789");
    a.setString(Tag.StudyDate, VR.DA, "20240131");
    a.setString(Tag.StudyTime, VR.TM, "101500");
    a.setString(Tag.AccessionNumber, VR.SH, "ACC001");
    a.setString(Tag.Modality, VR.CS, "CT");
    a.setString(Tag.Manufacturer, VR.LO, "OpenDRIMbox");
    a.setString(Tag.InstitutionName, VR.LO, "H\u00F4pital Synth\u00E9tique");
    a.setString(Tag.ReferringPhysicianName, VR.PN, "REFERRER^DOCTOR");
    a.setString(Tag.SeriesDate, VR.DA, "20240131");
    a.setString(Tag.SeriesTime, VR.TM, "101600");
    a.setString(Tag.SeriesDescription, VR.LO, "Axial");
    a.setString(Tag.BodyPartExamined, VR.CS, "CHEST");
    a.setString(Tag.SliceThickness, VR.DS, "1");
    a.setString(Tag.ConvolutionKernel, VR.SH, "STANDARD");
    a.setString(Tag.PatientPosition, VR.CS, "HFS");
    a.setString(Tag.WindowCenter, VR.DS, "40");
    a.setString(Tag.WindowWidth, VR.DS, "400");
    a.setString(Tag.RescaleType, VR.LO, "HU");
    a.setString(Tag.StudyDescription, VR.LO, "Scanner thorax \u00E9t\u00E9");
    Sequence seq = a.newSequence(Tag.ReferencedStudySequence, 1);
    Attributes item = new Attributes();
    item.setString(Tag.ReferencedSOPClassUID, VR.UI, "1.2.840.10008.3.1.2.3.1");
    item.setString(Tag.ReferencedSOPInstanceUID, VR.UI, "2.25.42");
    seq.add(item);
    a.setString(Tag.PatientName, VR.PN, patientName);
    a.setString(Tag.PatientID, VR.LO, "PAT-001");
    a.setString(Tag.PatientBirthDate, VR.DA, "19700101");
    a.setString(Tag.PatientSex, VR.CS, "F");
    a.setString(Tag.KVP, VR.DS, "120");
    a.setString(Tag.StudyInstanceUID, VR.UI, "2.25.111");
    a.setString(Tag.SeriesInstanceUID, VR.UI, "2.25.222");
    a.setString(Tag.StudyID, VR.SH, "S1");
    a.setInt(Tag.SeriesNumber, VR.IS, 1);
    a.setInt(Tag.InstanceNumber, VR.IS, 1);
    a.setString(Tag.ImagePositionPatient, VR.DS, "0", "0", "0");
    a.setString(Tag.ImageOrientationPatient, VR.DS, "1", "0", "0", "0", "1", "0");
    a.setString(Tag.FrameOfReferenceUID, VR.UI, "2.25.333");
    a.setString(Tag.PositionReferenceIndicator, VR.LO, "");
    a.setString(Tag.SliceLocation, VR.DS, "0");
    a.setInt(Tag.SamplesPerPixel, VR.US, 1);
    a.setString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME2");
    a.setInt(Tag.Rows, VR.US, rows);
    a.setInt(Tag.Columns, VR.US, rows);
    a.setString(Tag.PixelSpacing, VR.DS, "0.5", "0.5");
    a.setInt(Tag.BitsAllocated, VR.US, 16);
    a.setInt(Tag.BitsStored, VR.US, 12);
    a.setInt(Tag.HighBit, VR.US, 11);
    a.setInt(Tag.PixelRepresentation, VR.US, 0);
    a.setString(Tag.RescaleIntercept, VR.DS, "-1024");
    a.setString(Tag.RescaleSlope, VR.DS, "1");
    a.setString(Tag.ContentDate, VR.DA, "20240131");
    a.setString(Tag.ContentTime, VR.TM, "101500");
    a.setString(Tag.AcquisitionNumber, VR.IS, "1");
    byte[] pixels = new byte[rows * rows * 2];
    for (int i = 0; i < pixels.length; i += 2) {
      pixels[i] = (byte) (i / 2);
      pixels[i + 1] = (byte) ((i / 2 >> 8) & 0x0F);
    }
    a.setBytes(Tag.PixelData, VR.OW, pixels);
    return a;
  }

  /** A complete Part 10 file of attrs in the given transfer syntax. */
  public static byte[] part10(Attributes attrs, String tsuid) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DicomOutputStream out = new DicomOutputStream(bytes, tsuid)) {
      out.writeFileMetaInformation(DicomOutputStream.createFileMetaInformation(
          attrs.getString(Tag.SOPInstanceUID), attrs.getString(Tag.SOPClassUID), tsuid));
      out.writeDataset(attrs);
    }
    return bytes.toByteArray();
  }
}
