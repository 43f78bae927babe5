package org.opendrimbox.source;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opendrimbox.dicom.data.UID;

/**
 * Chooses, for each stored object, the first acceptable encoding in decreasing q order (DB.SO.85). The source never
 * decodes pixel data: it sends what the PACS stored, converts between the uncompressed syntaxes (Implicit VR LE is
 * always sent as Explicit VR LE unless Implicit is asked for by name, DB.SO.41), and otherwise skips the range. A
 * range with q=0 excludes its transfer syntax, even from a later {@code transfer-syntax=*}.
 */
public final class Negotiation {

  private static final Set<String> NATIVE = Set.of(UID.ImplicitVRLittleEndian, UID.ExplicitVRLittleEndian,
      UID.DeflatedExplicitVRLittleEndian);
  private static final String DICOM = "application/dicom";
  private static final String OCTETS = "application/octet-stream";

  private final boolean frames;
  private final List<AcceptedType> candidates;
  private final Set<String> excluded = new HashSet<>();

  private Negotiation(boolean frames, List<AcceptedType> accepted) {
    this.frames = frames;
    for (AcceptedType a : accepted) {
      if (a.quality() == 0 && a.transferSyntax() != null && !"*".equals(a.transferSyntax())) {
        excluded.add(a.transferSyntax());
      }
    }
    this.candidates = accepted.stream().filter(a -> a.quality() > 0).filter(this::relevant).toList();
    if (candidates.isEmpty()) {
      throw new SourceException(SourceException.Reason.NOT_ACCEPTABLE, frames
          ? "frames are served as multipart/related with type application/octet-stream (uncompressed) or the stored"
              + " compressed type (image/jpeg, image/jls, image/jp2, video/mpeg, video/mp4); none was accepted"
          : "instances are served as multipart/related; type=\"application/dicom\" (stored transfer syntax or"
              + " 1.2.840.10008.1.2.1); none was accepted");
    }
  }

  /** For instance, series and study resources ({@code application/dicom} parts). */
  public static Negotiation forInstances(List<AcceptedType> accepted) {
    return new Negotiation(false, accepted);
  }

  /** For frame resources (pixel data parts). */
  public static Negotiation forFrames(List<AcceptedType> accepted) {
    return new Negotiation(true, accepted);
  }

  /** The acceptable ranges still considered, best first. */
  public List<AcceptedType> candidates() {
    return candidates;
  }

  /** The encoding for an object stored in storedTs, or empty if the request accepts none we can produce. */
  public Optional<PartType> choose(String storedTs) {
    for (AcceptedType a : candidates) {
      Optional<PartType> p = frames ? frameMatch(a, storedTs) : instanceMatch(a, storedTs);
      if (p.isPresent() && !excluded.contains(p.get().transferSyntax())) {
        return p;
      }
    }
    return Optional.empty();
  }

  private boolean relevant(AcceptedType a) {
    if (a.isWildcard() || a.mediaType().equals(DICOM)) {
      return true;
    }
    if (!"multipart/related".equals(a.mediaType())) {
      return false;
    }
    String t = a.relatedType();
    return t == null || t.equals(DICOM) || !frames && t.equals("application/*") || frames && (t.startsWith("image/")
        || t.startsWith("video/") || t.equals(OCTETS) || t.equals("application/*") || t.equals("*/*"));
  }

  private Optional<PartType> instanceMatch(AcceptedType a, String stored) {
    String ts = a.transferSyntax() == null ? UID.ExplicitVRLittleEndian : a.transferSyntax();
    if ("*".equals(ts)) {
      String target = UID.ImplicitVRLittleEndian.equals(stored) ? UID.ExplicitVRLittleEndian : stored;
      return Optional.of(new PartType(DICOM, target));
    }
    if (ts.equals(stored) || NATIVE.contains(ts) && NATIVE.contains(stored)) {
      return Optional.of(new PartType(DICOM, ts));
    }
    return Optional.empty();
  }

  private Optional<PartType> frameMatch(AcceptedType a, String stored) {
    String ts = a.transferSyntax();
    String type = a.relatedType();
    if (NATIVE.contains(stored)) {
      boolean tsOk = ts == null || "*".equals(ts) || NATIVE.contains(ts);
      boolean typeOk = a.isWildcard() || type == null || type.equals(OCTETS) || type.equals(DICOM)
          || type.equals("application/*") || type.equals("*/*");
      return tsOk && typeOk ? Optional.of(new PartType(OCTETS, UID.ExplicitVRLittleEndian)) : Optional.empty();
    }
    String frameType = frameMediaType(stored);
    boolean tsOk = ts == null ? !DICOM.equals(type) : "*".equals(ts) || ts.equals(stored);
    boolean typeOk = a.isWildcard() || type == null || type.equals(frameType) || type.equals(DICOM)
        || type.equals("*/*") || type.endsWith("/*") && frameType.startsWith(type.substring(0, type.length() - 1));
    return tsOk && typeOk ? Optional.of(new PartType(frameType, stored)) : Optional.empty();
  }

  /** The media type of one frame of pixel data encoded in an encapsulated transfer syntax (PS3.18 Table 8.7.3-2). */
  public static String frameMediaType(String ts) {
    return switch (ts) {
      case UID.JPEGBaseline8Bit, UID.JPEGExtended12Bit, UID.JPEGLossless, UID.JPEGLosslessSV1 -> "image/jpeg";
      case UID.JPEGLSLossless, UID.JPEGLSNearLossless -> "image/jls";
      case UID.JPEG2000Lossless, UID.JPEG2000 -> "image/jp2";
      case UID.HTJ2KLossless, UID.HTJ2K -> "image/jphc";
      case UID.MPEG2MPML, UID.MPEG2MPHL -> "video/mpeg";
      case UID.MPEG4HP41, UID.MPEG4HP41BD, UID.MPEG4HP422D, UID.MPEG4HP423D, UID.MPEG4HP42STEREO -> "video/mp4";
      case UID.RLELossless -> "image/dicom-rle";
      default -> OCTETS;
    };
  }
}
