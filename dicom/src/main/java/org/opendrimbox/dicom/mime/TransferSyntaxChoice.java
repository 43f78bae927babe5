package org.opendrimbox.dicom.mime;

import java.util.List;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.io.Transcoder;

/**
 * Picks the transfer syntax in which to send a stored instance as {@code application/dicom} (PS3.18 8.7.3), given the
 * acceptable media types of a request: highest q first; no transfer-syntax parameter means Explicit VR Little Endian
 * (the default), {@code *} means the stored one; a syntax is possible if it is the stored one or the
 * {@link Transcoder} can convert to it (uncompressed syntaxes only).
 */
public final class TransferSyntaxChoice {

  private TransferSyntaxChoice() {}

  /**
   * @param accept acceptable media types, e.g. {@link MediaType#parseAccept} of the Accept header(s); for multipart
   *     types the {@code type} parameter must be application/dicom (or absent)
   * @param storedTs transfer syntax of the stored instance
   * @return the transfer syntax to send, or null if none is acceptable (HTTP 406)
   */
  public static String select(List<MediaType> accept, String storedTs) {
    List<MediaType> sorted = new java.util.ArrayList<>(accept);
    sorted.sort((a, b) -> Double.compare(b.quality(), a.quality()));
    for (MediaType m : sorted) {
      if (m.quality() <= 0 || !acceptsDicom(m)) {
        continue;
      }
      String ts = m.transferSyntax();
      if (ts == null) {
        ts = m.type().equals("*") || m.subtype().equals("*") ? "*" : UID.ExplicitVRLittleEndian;
      }
      if (ts.equals("*")) {
        return storedTs;
      }
      if (Transcoder.canTranscode(storedTs, ts)) {
        return ts;
      }
    }
    return null;
  }

  private static boolean acceptsDicom(MediaType m) {
    if (m.sameType(MediaType.MULTIPART_RELATED)) {
      MediaType related = m.relatedType();
      return related == null || related.isCompatible(MediaType.APPLICATION_DICOM);
    }
    return m.isCompatible(MediaType.APPLICATION_DICOM);
  }
}
