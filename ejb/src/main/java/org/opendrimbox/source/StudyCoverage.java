package org.opendrimbox.source;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The R21 checks (DB.SO.37/38): the request names the KOS it got from the DMP ({@code KOS-SOPInstanceUID}), that KOS
 * is published by this box, and it references the requested study (and series). Missing or malformed header, or a
 * KOS of another study: {@link SourceException.Reason#BAD_REQUEST}; unknown/unpublished KOS or a series the KOS does
 * not reference: {@link SourceException.Reason#NOT_FOUND}.
 */
public final class StudyCoverage {

  /** Name of the DRIM-M request header. */
  public static final String KOS_HEADER = "KOS-SOPInstanceUID";

  private static final Pattern UID = Pattern.compile("[0-9]+(\\.[0-9]+)*");

  private final PublishedStudies published;

  public StudyCoverage(PublishedStudies published) {
    this.published = published;
  }

  /** Checks access to a study (seriesUid null) or to a series; returns the covering KOS. */
  public PublishedKos check(String kosHeader, String studyUid, String seriesUid) {
    String kosUid = kosHeader == null ? "" : kosHeader.strip();
    if (kosUid.isEmpty()) {
      throw new SourceException(SourceException.Reason.BAD_REQUEST, "missing " + KOS_HEADER + " header");
    }
    if (!isUid(kosUid)) {
      throw new SourceException(SourceException.Reason.BAD_REQUEST, KOS_HEADER + " is not a UID");
    }
    requireUid(studyUid, "study");
    if (seriesUid != null) {
      requireUid(seriesUid, "series");
    }
    Optional<PublishedKos> kos = published.findByKosSopInstanceUid(kosUid);
    if (kos.isEmpty()) {
      throw new SourceException(SourceException.Reason.NOT_FOUND, "no published KOS " + kosUid);
    }
    PublishedKos k = kos.get();
    if (!k.studyUid().equals(studyUid)) {
      throw new SourceException(SourceException.Reason.BAD_REQUEST,
          "the KOS " + kosUid + " does not reference the requested study");
    }
    if (seriesUid != null && !k.seriesUids().isEmpty() && !k.seriesUids().contains(seriesUid)) {
      throw new SourceException(SourceException.Reason.NOT_FOUND,
          "the KOS " + kosUid + " does not reference the requested series");
    }
    return k;
  }

  /** Whether s is a syntactically valid UID (digits and dots, at most 64 characters). */
  public static boolean isUid(String s) {
    return s != null && s.length() <= 64 && UID.matcher(s).matches();
  }

  /** Throws BAD_REQUEST unless s is a UID. */
  public static void requireUid(String s, String what) {
    if (!isUid(s)) {
      throw new SourceException(SourceException.Reason.BAD_REQUEST, "invalid " + what + " UID");
    }
  }
}
