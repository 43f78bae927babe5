package org.opendrimbox.dicom.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.ElementDictionary;
import org.opendrimbox.dicom.data.Fragments;
import org.opendrimbox.dicom.data.Sequence;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.dicom.data.ValueCodec;

/**
 * The {@code dump} command: prints a DICOM file element by element while it is read (memory does not grow with the
 * file), one line per element: {@code (gggg,eeee) VR [value] #length Keyword}, nested items indented.
 */
public final class DicomDumper implements DicomInputHandler {

  private static final int MAX_SHOWN = 64 * 1024;

  private final PrintStream out;
  private final int width;
  private DicomInputStream dis;

  /** A dumper printing to out, values cut at width characters. */
  public DicomDumper(PrintStream out, int width) {
    this.out = out;
    this.width = width;
  }

  /**
   * Command line entry: {@code dump [-w WIDTH] [--json] FILE...}; returns the exit status (0 ok, 1 error, 2 usage).
   * With {@code --json} each file is printed as DICOM JSON, bulk data as BulkDataURI file references.
   */
  public static int run(PrintStream out, PrintStream err, String... args) {
    int width = 80;
    boolean json = false;
    int first = 0;
    while (first < args.length && args[first].startsWith("-")) {
      if (args[first].equals("--json")) {
        json = true;
        first++;
      } else if (args[first].equals("-w") && first + 1 < args.length && args[first + 1].matches("[1-9][0-9]{0,5}")) {
        width = Integer.parseInt(args[first + 1]);
        first += 2;
      } else {
        break;
      }
    }
    if (first == args.length || args[first].startsWith("-")) {
      err.println("usage: dump [-w WIDTH] [--json] FILE...");
      return 2;
    }
    int status = 0;
    for (int i = first; i < args.length; i++) {
      try {
        if (json) {
          org.opendrimbox.dicom.json.DicomJsonDump.dump(Path.of(args[i]), out);
        } else {
          new DicomDumper(out, width).dump(Path.of(args[i]));
        }
      } catch (IOException | RuntimeException e) {
        err.println("dump: " + args[i] + ": " + e.getMessage());
        status = 1;
      }
    }
    out.flush();
    return status;
  }

  public static void main(String[] args) {
    System.exit(run(System.out, System.err, args));
  }

  /** Dumps a Part 10 file (or a raw data set, whose encoding is guessed). */
  public void dump(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      dump(in);
    }
  }

  /** Dumps a Part 10 stream. */
  public void dump(InputStream in) throws IOException {
    dis = new DicomInputStream(in);
    Attributes fmi = dis.readFileMetaInformation();
    if (fmi != null) {
      out.println("# File Meta Information");
      for (int i = 0; i < fmi.size(); i++) {
        byte[] v = fmi.getBytes(fmi.tagAt(i));
        line(0, fmi.tagAt(i), fmi.vrAt(i), v.length, format(fmi, fmi.vrAt(i), v));
      }
    }
    out.println("# Dataset: " + UID.nameOf(dis.getTransferSyntax()));
    dis.withHandler(this).readDataset();
  }

  @Override
  public void readValue(DicomInputStream in, Attributes attrs) throws IOException {
    int tag = in.tag();
    VR vr = in.vr();
    long len = in.length();
    int level = in.depth() * 2;
    if (in.isSequence()) {
      line(level, tag, VR.SQ, len, "");
      in.readSequence(attrs.newSequence(tag, 1));
      attrs.remove(tag);
      line(level, 0xFFFEE0DD, null, 0, "");
    } else if (len < 0) {
      line(level, tag, vr, len, "encapsulated");
      in.readFragments(new Fragments(vr, 0));
      line(level, 0xFFFEE0DD, null, 0, "");
    } else if (len <= MAX_SHOWN && !in.isBulkData()) {
      byte[] v = in.readValue();
      if (tag == Tag.SpecificCharacterSet) {
        attrs.setBytes(tag, vr, v);
      }
      line(level, tag, vr, len, format(attrs, vr, v));
    } else {
      line(level, tag, vr, len, "(" + len + " bytes not shown)");
      in.skipValue();
    }
  }

  @Override
  public void readValue(DicomInputStream in, Sequence seq) throws IOException {
    line(in.depth() * 2 - 1, 0xFFFEE000, null, in.length(), "");
    Attributes item = new Attributes();
    seq.add(item);
    in.readItem(item);
    seq.remove(item);
    line(in.depth() * 2 - 1, 0xFFFEE00D, null, 0, "");
  }

  @Override
  public void readValue(DicomInputStream in, Fragments frags) throws IOException {
    line(in.depth() * 2 - 1, 0xFFFEE000, null, in.length(), "(fragment)");
    in.skipValue();
  }

  private String format(Attributes attrs, VR vr, byte[] v) {
    if (vr.isString()) {
      return "[" + String.join("\\", ValueCodec.decodeStrings(v, vr, attrs.getSpecificCharacterSet())) + "]";
    }
    if (vr == VR.OB || vr == VR.UN || vr == VR.OW && v.length > 32) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < Math.min(v.length, 16); i++) {
        sb.append(i == 0 ? "" : "\\").append(String.format("%02x", v[i] & 0xFF));
      }
      return sb.append(v.length > 16 ? "..." : "").toString();
    }
    return String.join("\\", ValueCodec.binaryToStrings(v, vr));
  }

  private void line(int level, int tag, VR vr, long len, String value) {
    StringBuilder sb = new StringBuilder();
    sb.append(" ".repeat(level)).append(Tag.toString(tag)).append(' ').append(vr == null ? "na" : vr.name())
        .append(' ');
    String v = value.length() > width ? value.substring(0, width) + "..." : value;
    sb.append(v).append(" #").append(len < 0 ? "u/l" : Long.toString(len)).append(' ');
    String kw = (tag >>> 16) == 0xFFFE ? itemName(tag)
        : Tag.isPrivateCreator(tag) ? "PrivateCreator" : ElementDictionary.keywordOf(tag);
    sb.append(kw == null ? "?" : kw);
    out.println(sb);
  }

  private static String itemName(int tag) {
    return tag == 0xFFFEE000 ? "Item" : tag == 0xFFFEE00D ? "ItemDelimitationItem" : "SequenceDelimitationItem";
  }
}
