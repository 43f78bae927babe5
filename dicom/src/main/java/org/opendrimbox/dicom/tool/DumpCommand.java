package org.opendrimbox.dicom.tool;

import java.io.PrintStream;

/** {@code dump FILE...}: delegates to the data package's dumper. */
final class DumpCommand implements Main.Command {
  @Override
  public String summary() {
    return "print the elements of DICOM files";
  }

  @Override
  public String usage() {
    return "usage: dump [-w WIDTH] [--json] FILE...   (one line per element, nested items indented; --json: DICOM JSON)";
  }

  @Override
  public int run(String[] argv, PrintStream out, PrintStream err) throws Exception {
    return org.opendrimbox.dicom.io.DicomDumper.run(out, err, java.util.Arrays.copyOfRange(argv, 1, argv.length));
  }
}
