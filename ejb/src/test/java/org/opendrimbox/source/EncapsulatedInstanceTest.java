package org.opendrimbox.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Fragments;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.dicom.io.DicomOutputStream;

/** Compressed objects are served as stored (fragments untouched, INS added) and their frames cut by fragment. */
class EncapsulatedInstanceTest {

  @TempDir Path dir;

  private CachedInstance jpegLs(int frames) throws Exception {
    Attributes a = new Attributes();
    a.setString(Tag.SOPClassUID, VR.UI, UID.CTImageStorage);
    a.setString(Tag.SOPInstanceUID, VR.UI, "1.2.3.4.50");
    a.setString(Tag.SeriesInstanceUID, VR.UI, "1.2.3.4");
    a.setString(Tag.NumberOfFrames, VR.IS, Integer.toString(frames));
    a.setInt(Tag.Rows, VR.US, 4);
    a.setInt(Tag.Columns, VR.US, 4);
    a.setInt(Tag.BitsAllocated, VR.US, 16);
    Fragments f = new Fragments(VR.OB, frames + 1);
    f.add(new byte[0]);
    for (int i = 1; i <= frames; i++) {
      f.add(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) i, (byte) i});
    }
    a.setValue(Tag.PixelData, VR.OB, f);
    Path file = dir.resolve("jls.dcm");
    try (OutputStream out = Files.newOutputStream(file)) {
      DicomOutputStream dos = new DicomOutputStream(out, UID.JPEGLSLossless);
      dos.writeFileMetaInformation(DicomOutputStream.createFileMetaInformation("1.2.3.4.50", UID.CTImageStorage,
          UID.JPEGLSLossless));
      dos.writeDataset(a);
      dos.finish();
    }
    return new CachedInstance("1.2.3.4", "1.2.3.4.50", UID.CTImageStorage, UID.JPEGLSLossless, Files.size(file),
        file);
  }

  @Test
  void framesAreFragmentsWithTheirImageType() throws Exception {
    CachedInstance i = jpegLs(3);
    FrameExtractor f = new FrameExtractor(i);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    f.writeFrame(2, out);
    assertThat(out.toByteArray()).containsExactly(0xFF, 0xD8, 2, 2);
    Negotiation n = Negotiation.forFrames(AcceptHeader.parse(List.of(
        "multipart/related; type=\"application/octet-stream\"; transfer-syntax=*")));
    assertThat(n.choose(UID.JPEGLSLossless)).isEmpty();
    Negotiation ans = Negotiation.forFrames(AcceptHeader.parse(AnsSamples.read("simulator-OK_Frames.txt")
        .values("Accept")));
    assertThat(ans.choose(UID.JPEGLSLossless).orElseThrow()).isEqualTo(new PartType("image/jls", UID.JPEGLSLossless));
  }

  /** Inside a retrieval's file, between other bytes, an instance is read at its offset and no further. */
  @Test
  void instanceInsideALargerFileIsReadAtItsOffset() throws Exception {
    CachedInstance whole = jpegLs(3);
    byte[] bytes = Files.readAllBytes(whole.file());
    Path pack = dir.resolve("instances.pack");
    try (OutputStream out = Files.newOutputStream(pack)) {
      out.write(new byte[1000]);
      out.write(bytes);
      out.write(new byte[500]);
    }
    CachedInstance inside = new CachedInstance("1.2.3.4", "1.2.3.4.50", UID.CTImageStorage, UID.JPEGLSLossless,
        bytes.length, pack, 1000);
    ByteArrayOutputStream frame = new ByteArrayOutputStream();
    new FrameExtractor(inside).writeFrame(3, frame);
    assertThat(frame.toByteArray()).containsExactly(0xFF, 0xD8, 3, 3);
    assertThat(served(inside)).isEqualTo(served(whole));
  }

  /** The instance as a part of an answer to the ANS instance request sample. */
  private static byte[] served(CachedInstance i) throws Exception {
    Negotiation n = AnsSamples.instanceNegotiation("sample-instance.txt");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    InstancePartWriter w = new InstancePartWriter(out, "b", n, new InsCoercion(StudyCoverageTest.INS));
    assertThat(w.write(i)).isTrue();
    w.finish();
    return out.toByteArray();
  }

  @Test
  void compressedInstanceKeepsItsSyntaxAndGetsTheIns() throws Exception {
    InstancePartWriterTest.Part p = InstancePartWriterTest.parse(served(jpegLs(2)), "b").get(0);
    assertThat(p.headers().get("Content-Type")).isEqualTo("application/dicom; transfer-syntax="
        + UID.JPEGLSLossless);
    assertThat(p.fmi().getString(Tag.TransferSyntaxUID)).isEqualTo(UID.JPEGLSLossless);
    assertThat(p.data().getNestedDataset(Tag.OtherPatientIDsSequence).getString(Tag.PatientID))
        .isEqualTo(StudyCoverageTest.INS.value());
    Fragments frags = (Fragments) p.data().getValue(Tag.PixelData);
    assertThat(frags).hasSize(3);
    assertThat((byte[]) frags.get(2)).containsExactly(0xFF, 0xD8, 2, 2);
  }
}
