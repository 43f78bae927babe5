package org.opendrimbox.dicom.net;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.dicom.io.DicomOutputStream;

/** Writes small synthetic CT Part 10 files for the loopback tests. */
public final class TestFiles {
  private TestFiles() {
  }

  /** {@code n} files of one study with {@code pixelBytes} of pseudo-random pixel data each. */
  public static List<Path> writeStudy(Path dir, String studyUid, int n, int pixelBytes) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    Random rnd = new Random(n);
    for (int i = 1; i <= n; i++) {
      String iuid = studyUid + "." + i;
      Attributes ds = new Attributes();
      ds.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
      ds.setString(Tag.SOPClassUID, VR.UI, UID.CTImageStorage);
      ds.setString(Tag.SOPInstanceUID, VR.UI, iuid);
      ds.setString(Tag.PatientName, VR.PN, "Fran\u00e7oise^H\u00e9l\u00e8ne");
      ds.setString(Tag.PatientID, VR.LO, "PID-1");
      ds.setString(Tag.StudyInstanceUID, VR.UI, studyUid);
      ds.setString(Tag.SeriesInstanceUID, VR.UI, studyUid + ".0");
      ds.setInt(Tag.InstanceNumber, VR.IS, i);
      byte[] pixels = new byte[pixelBytes];
      rnd.nextBytes(pixels);
      ds.setBytes(Tag.PixelData, VR.OW, pixels);
      Path f = dir.resolve("f" + i + ".dcm");
      try (OutputStream out = Files.newOutputStream(f)) {
        DicomOutputStream dos = new DicomOutputStream(out, UID.ExplicitVRLittleEndian);
        dos.writeFileMetaInformation(DicomOutputStream.createFileMetaInformation(iuid, UID.CTImageStorage,
            UID.ExplicitVRLittleEndian));
        dos.writeDataset(ds);
        dos.finish();
      }
      files.add(f);
    }
    return files;
  }

  /** The data set bytes of a Part 10 file (after its File Meta Information). */
  public static byte[] dataset(Path f) throws IOException {
    Part10File p = Part10File.open(f);
    byte[] all = Files.readAllBytes(f);
    return java.util.Arrays.copyOfRange(all, (int) p.dataOffset(), all.length);
  }
}
