package org.opendrimbox.dicom.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The PS3.6 data dictionary (VR and keyword of every registered tag), loaded once from the generated
 * resource {@code dictionary.tsv}. Repeating groups (50xx, 60xx, 7Fxx, (0020,31xx)) are folded onto their base tag.
 */
public final class ElementDictionary {

  private static final Map<Integer, Object[]> BY_TAG = new HashMap<>(8192);
  private static final Map<String, Integer> BY_KEYWORD = new HashMap<>(8192);
  private static final java.util.Set<Integer> PIXEL_VALUE_TAGS = new java.util.HashSet<>();

  static {
    try (InputStream in = ElementDictionary.class.getResourceAsStream("dictionary.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        int t1 = line.indexOf('\t');
        int t2 = line.indexOf('\t', t1 + 1);
        int tag = Integer.parseUnsignedInt(line.substring(0, t1).replace('x', '0'), 16);
        String vrCode = line.substring(t1 + 1, t2);
        if (vrCode.equals("xs")) {
          PIXEL_VALUE_TAGS.add(tag);
          vrCode = "US";
        }
        VR vr = vrCode.equals("--") ? null : VR.valueOf(vrCode);
        String keyword = line.substring(t2 + 1);
        BY_TAG.put(tag, new Object[] {vr, keyword});
        BY_KEYWORD.put(keyword, tag);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the DICOM dictionary", e);
    }
  }

  private ElementDictionary() {}

  private static Object[] entry(int tag) {
    Object[] e = BY_TAG.get(tag);
    if (e != null) {
      return e;
    }
    int group = tag >>> 16;
    if ((group & 0xFF01) == 0x5000 || (group & 0xFF01) == 0x6000) {
      return BY_TAG.get(tag & 0xFF00FFFF);
    }
    if ((group & 0xFF00) == 0x7F00 && group != 0x7FE0) {
      return BY_TAG.get(0x7F000000 | (tag & 0xFFFF));
    }
    if ((tag & 0xFFFFFF00) == 0x00203100) {
      return BY_TAG.get(0x00203100);
    }
    return null;
  }

  /**
   * VR of a tag as registered (the one to use with implicit VR): UL for group lengths, LO for private creators,
   * UN for unknown and private tags, null for item and delimitation tags.
   */
  public static VR vrOf(int tag) {
    if ((tag & 0xFFFF) == 0) {
      return VR.UL;
    }
    if (Tag.isPrivate(tag)) {
      return Tag.isPrivateCreator(tag) ? VR.LO : VR.UN;
    }
    Object[] e = entry(tag);
    if (e == null) {
      return (tag >>> 16) == 0xFFFE ? null : VR.UN;
    }
    return (VR) e[0];
  }

  /**
   * True for elements registered as "US or SS" that hold pixel values (e.g. Smallest Image Pixel Value): their VR is SS
   * when Pixel Representation (0028,0103) is 1. {@link #vrOf} returns US for them.
   */
  public static boolean isPixelValueDependent(int tag) {
    return PIXEL_VALUE_TAGS.contains(tag);
  }

  /** Keyword of a registered tag, or null if unknown. */
  public static String keywordOf(int tag) {
    Object[] e = entry(tag);
    return e == null ? null : (String) e[1];
  }

  /** Tag of a keyword, or -1 if unknown. */
  public static int tagOf(String keyword) {
    Integer t = BY_KEYWORD.get(keyword);
    return t == null ? -1 : t;
  }
}
