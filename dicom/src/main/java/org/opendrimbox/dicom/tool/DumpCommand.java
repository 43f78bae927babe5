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
    return "usage: dump FILE...";
  }

  @Override
  public int run(String[] argv, PrintStream out, PrintStream err) throws Exception {
    // TODO wire org.opendrimbox.dicom.io.DicomDumper once it lands
    err.println("dump: not available yet");
    return 1;
  }
}
