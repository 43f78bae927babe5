package org.opendrimbox.dicom.json;

import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.BulkData;
import org.opendrimbox.dicom.data.Fragments;
import org.opendrimbox.dicom.data.Sequence;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.VR;

/**
 * Writes data sets as DICOM JSON (PS3.18 Annex F) to a {@link JsonGenerator}, element by element. Binary values become
 * BulkDataURI when the {@link BulkDataUriFunction} gives a URI, InlineBinary (base64) otherwise; PN values are objects
 * with Alphabetic, Ideographic and Phonetic groups; IS, DS and binary numbers are JSON numbers.
 */
public final class DicomJsonWriter {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final JsonGenerator gen;
  private BulkDataUriFunction bulkDataUris = (attrs, tag, vr, value) ->
      value instanceof BulkData bd && bd.uri() != null ? bd.uriWithRange() : null;

  public DicomJsonWriter(JsonGenerator gen) {
    this.gen = gen;
  }

  /** Sets how BulkDataURIs are built (default: the BulkData's own URI with byte range, inline otherwise). */
  public DicomJsonWriter withBulkDataUris(BulkDataUriFunction f) {
    this.bulkDataUris = f;
    return this;
  }

  /** Writes one data set as a JSON object (as an array element if the generator is inside an array). */
  public void write(Attributes attrs) {
    gen.writeStartObject();
    writeElements(attrs);
    gen.writeEnd();
  }

  /** Writes the elements of attrs as members of the object the generator is currently in. */
  public void writeElements(Attributes attrs) {
    for (int i = 0; i < attrs.size(); i++) {
      int tag = attrs.tagAt(i);
      if (!Tag.isGroupLength(tag)) {
        writeElement(attrs, tag, attrs.vrAt(i), attrs.valueAt(i));
      }
    }
  }

  private void writeElement(Attributes attrs, int tag, VR vr, Object value) {
    gen.writeStartObject(hex8(tag));
    gen.write("vr", vr.name());
    if (value instanceof Sequence seq) {
      if (!seq.isEmpty()) {
        gen.writeStartArray("Value");
        for (Attributes item : seq) {
          write(item);
        }
        gen.writeEnd();
      }
    } else if (vr.isBulkCandidate() || value instanceof BulkData || value instanceof Fragments) {
      writeBinary(attrs, tag, vr, value);
    } else {
      String[] values = attrs.getStrings(tag);
      if (values != null && values.length > 0) {
        gen.writeStartArray("Value");
        for (String v : values) {
          writeValue(vr, v);
        }
        gen.writeEnd();
      }
    }
    gen.writeEnd();
  }

  private static String hex8(int tag) {
    char[] c = new char[8];
    for (int i = 7; i >= 0; i--) {
      c[i] = HEX[tag & 0xF];
      tag >>>= 4;
    }
    return new String(c);
  }

  private void writeValue(VR vr, String v) {
    if (v.isEmpty()) {
      gen.writeNull();
      return;
    }
    switch (vr) {
      case PN -> writePersonName(v);
      case IS, SL, SS, UL, US, SV, UV -> writeInteger(v);
      case DS, FL, FD -> writeDecimal(v);
      default -> gen.write(v);
    }
  }

  private void writeInteger(String v) {
    try {
      gen.write(new java.math.BigInteger(v.startsWith("+") ? v.substring(1) : v));
    } catch (NumberFormatException e) {
      gen.write(v);
    }
  }

  private void writeDecimal(String v) {
    try {
      double d = Double.parseDouble(v);
      if (Double.isFinite(d)) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
          gen.write((long) d);
        } else {
          gen.write(new java.math.BigDecimal(v.trim()));
        }
        return;
      }
    } catch (NumberFormatException e) {
      // not a number: kept as a string below
    }
    gen.write(v);
  }

  private void writePersonName(String v) {
    String[] groups = v.split("=", -1);
    String[] names = {"Alphabetic", "Ideographic", "Phonetic"};
    gen.writeStartObject();
    for (int g = 0; g < Math.min(3, groups.length); g++) {
      if (!groups[g].isEmpty()) {
        gen.write(names[g], groups[g]);
      }
    }
    gen.writeEnd();
  }

  private void writeBinary(Attributes attrs, int tag, VR vr, Object value) {
    String uri = bulkDataUris.uriOf(attrs, tag, vr, value);
    if (uri != null && uri.isEmpty()) {
      return;
    }
    if (uri != null) {
      gen.write("BulkDataURI", uri);
    } else if (value instanceof byte[] b) {
      if (b.length > 0) {
        gen.write("InlineBinary", Base64.getEncoder().encodeToString(b));
      }
    } else if (value instanceof BulkData bd && bd.length() >= 0) {
      try (InputStream in = bd.openStream()) {
        gen.write("InlineBinary", Base64.getEncoder().encodeToString(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
