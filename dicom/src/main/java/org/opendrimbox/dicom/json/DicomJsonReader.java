package org.opendrimbox.dicom.json;

import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Consumer;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.BulkData;
import org.opendrimbox.dicom.data.Sequence;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.VR;

/**
 * Reads DICOM JSON (PS3.18 Annex F) from a {@link JsonParser}: one data set object, or an array of them streamed to a
 * consumer. BulkDataURI values become {@link BulkData} with the URI, offset 0 and unknown length (-1).
 */
public final class DicomJsonReader {

  private final JsonParser parser;

  public DicomJsonReader(JsonParser parser) {
    this.parser = parser;
  }

  /** Reads one data set; the next event must start an object. */
  public Attributes readDataset() {
    expect(Event.START_OBJECT);
    return readObject();
  }

  /** Reads an array of data sets, handing each to the consumer as soon as it is complete. */
  public void readDatasets(Consumer<Attributes> consumer) {
    expect(Event.START_ARRAY);
    Event e;
    while ((e = next()) != Event.END_ARRAY) {
      if (e != Event.START_OBJECT) {
        throw error("expected a data set object, got " + e);
      }
      consumer.accept(readObject());
    }
  }

  private Attributes readObject() {
    Attributes attrs = new Attributes();
    Event e;
    while ((e = next()) != Event.END_OBJECT) {
      if (e != Event.KEY_NAME) {
        throw error("expected a tag key, got " + e);
      }
      int tag;
      try {
        tag = Integer.parseUnsignedInt(parser.getString(), 16);
      } catch (NumberFormatException ex) {
        throw error("bad tag key " + parser.getString());
      }
      expect(Event.START_OBJECT);
      readElement(attrs, tag);
    }
    return attrs;
  }

  private void readElement(Attributes attrs, int tag) {
    VR vr = null;
    Object value = null;
    List<Object> values = null;
    Event e;
    while ((e = next()) != Event.END_OBJECT) {
      if (e != Event.KEY_NAME) {
        throw error("expected vr, Value, InlineBinary or BulkDataURI in " + Tag.toString(tag));
      }
      String key = parser.getString();
      switch (key) {
        case "vr" -> {
          expect(Event.VALUE_STRING);
          vr = vrOf(parser.getString(), tag);
        }
        case "Value" -> values = readValues(vr, tag);
        case "InlineBinary" -> {
          expect(Event.VALUE_STRING);
          try {
            value = Base64.getMimeDecoder().decode(parser.getString());
          } catch (IllegalArgumentException ex) {
            throw error("bad InlineBinary in " + Tag.toString(tag));
          }
        }
        case "BulkDataURI" -> {
          expect(Event.VALUE_STRING);
          value = new BulkData(parser.getString(), 0, -1);
        }
        default -> skipValue();
      }
    }
    if (vr == null) {
      throw error("missing vr in " + Tag.toString(tag));
    }
    set(attrs, tag, vr, value, values);
  }

  private static void set(Attributes attrs, int tag, VR vr, Object value, List<Object> values) {
    if (vr == VR.SQ) {
      Sequence seq = attrs.newSequence(tag, values == null ? 0 : values.size());
      if (values != null) {
        for (Object item : values) {
          seq.add((Attributes) item);
        }
      }
    } else if (values != null) {
      String[] s = new String[values.size()];
      for (int k = 0; k < s.length; k++) {
        s[k] = values.get(k) == null ? "" : values.get(k).toString();
      }
      try {
        attrs.setString(tag, vr, s);
      } catch (NumberFormatException ex) {
        throw new JsonParsingException("bad number in " + Tag.toString(tag) + ": " + ex.getMessage(), null);
      }
    } else {
      attrs.setValue(tag, vr, value);
    }
  }

  private List<Object> readValues(VR vr, int tag) {
    if (vr == null) {
      throw error("vr must precede Value in " + Tag.toString(tag));
    }
    expect(Event.START_ARRAY);
    List<Object> out = new ArrayList<>();
    Event e;
    while ((e = next()) != Event.END_ARRAY) {
      if (vr == VR.SQ && e != Event.START_OBJECT) {
        throw error("sequence items must be objects in " + Tag.toString(tag));
      }
      switch (e) {
        case VALUE_NULL -> out.add(null);
        case VALUE_STRING -> out.add(parser.getString());
        case VALUE_NUMBER -> out.add(parser.isIntegralNumber() ? parser.getBigDecimal().toBigInteger().toString()
            : parser.getBigDecimal().toString());
        case START_OBJECT -> out.add(vr == VR.SQ ? readObject() : readPersonName());
        default -> throw error("unexpected " + e + " in Value of " + Tag.toString(tag));
      }
    }
    return out;
  }

  private String readPersonName() {
    String[] groups = new String[3];
    Event e;
    while ((e = next()) != Event.END_OBJECT) {
      if (e != Event.KEY_NAME) {
        throw error("bad person name");
      }
      String key = parser.getString();
      expect(Event.VALUE_STRING);
      switch (key) {
        case "Alphabetic" -> groups[0] = parser.getString();
        case "Ideographic" -> groups[1] = parser.getString();
        case "Phonetic" -> groups[2] = parser.getString();
        default -> { }
      }
    }
    int last = groups[2] != null ? 3 : groups[1] != null ? 2 : 1;
    StringBuilder sb = new StringBuilder();
    for (int g = 0; g < last; g++) {
      sb.append(g == 0 ? "" : "=").append(groups[g] == null ? "" : groups[g]);
    }
    return sb.toString();
  }

  private void skipValue() {
    Event e = next();
    if (e == Event.START_OBJECT) {
      parser.skipObject();
    } else if (e == Event.START_ARRAY) {
      parser.skipArray();
    }
  }

  private VR vrOf(String code, int tag) {
    try {
      return VR.valueOf(code);
    } catch (IllegalArgumentException e) {
      throw error("unknown vr " + code + " in " + Tag.toString(tag));
    }
  }

  private Event next() {
    if (!parser.hasNext()) {
      throw error("unexpected end of JSON");
    }
    return parser.next();
  }

  private void expect(Event expected) {
    Event e = next();
    if (e != expected) {
      throw error("expected " + expected + ", got " + e);
    }
  }

  private JsonParsingException error(String message) {
    return new JsonParsingException(message, parser.getLocation());
  }
}
