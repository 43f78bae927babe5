package org.opendrimbox.source;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.dicom.io.DicomOutputStream;

/** Small synthetic CT instances written as Part 10 files. */
final class TestInstances {

  private TestInstances() {
  }

  /** A 4x4, 16-bit, frames-frame CT instance; pixel value i at byte pair i. */
  static CachedInstance write(Path dir, String ts, String series, String sop, int frames) throws IOException {
    return write(dir, ts, "1.2.3", series, sop, frames);
  }

  /** Same, in the given study. */
  static CachedInstance write(Path dir, String ts, String study, String series, String sop, int frames)
      throws IOException {
    Attributes a = new Attributes();
    a.setString(Tag.SOPClassUID, VR.UI, UID.CTImageStorage);
    a.setString(Tag.SOPInstanceUID, VR.UI, sop);
    a.setString(Tag.PatientName, VR.PN, "TEST^PATIENT");
    a.setString(Tag.PatientID, VR.LO, "IPP1");
    a.setString(Tag.StudyInstanceUID, VR.UI, study);
    a.setString(Tag.SeriesInstanceUID, VR.UI, series);
    a.setInt(Tag.SamplesPerPixel, VR.US, 1);
    a.setString(Tag.PhotometricInterpretation, VR.CS, "MONOCHROME2");
    a.setString(Tag.NumberOfFrames, VR.IS, Integer.toString(frames));
    a.setInt(Tag.Rows, VR.US, 4);
    a.setInt(Tag.Columns, VR.US, 4);
    a.setInt(Tag.BitsAllocated, VR.US, 16);
    a.setInt(Tag.BitsStored, VR.US, 12);
    a.setInt(Tag.HighBit, VR.US, 11);
    a.setInt(Tag.PixelRepresentation, VR.US, 0);
    a.setBytes(Tag.PixelData, VR.OW, pixels(frames));
    Path file = dir.resolve(sop + ".dcm");
    try (OutputStream out = Files.newOutputStream(file)) {
      DicomOutputStream dos = new DicomOutputStream(out, ts);
      dos.writeFileMetaInformation(DicomOutputStream.createFileMetaInformation(sop, UID.CTImageStorage, ts));
      dos.writeDataset(a);
      dos.finish();
    }
    return new CachedInstance(series, sop, UID.CTImageStorage, ts, Files.size(file), file);
  }

  static byte[] pixels(int frames) {
    byte[] b = new byte[32 * frames];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) i;
    }
    return b;
  }
}
