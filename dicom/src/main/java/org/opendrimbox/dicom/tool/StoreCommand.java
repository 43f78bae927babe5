package org.opendrimbox.dicom.tool;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.opendrimbox.dicom.net.Association;
import org.opendrimbox.dicom.net.AssociationRequest;
import org.opendrimbox.dicom.net.Commands;
import org.opendrimbox.dicom.net.Device;
import org.opendrimbox.dicom.net.Dimses;
import org.opendrimbox.dicom.net.Part10File;
import org.opendrimbox.dicom.net.Priority;
import org.opendrimbox.dicom.net.RemoteAe;
import org.opendrimbox.dicom.net.Status;

/**
 * {@code store -c AET@host:port FILE|DIR...}: sends Part 10 files as they are (data set bytes streamed from disk, no
 * parsing, no transcoding), one presentation context per SOP class and transfer syntax found.
 */
final class StoreCommand implements Main.Command {
  @Override
  public String summary() {
    return "C-STORE files or directories (recursive) to a peer";
  }

  @Override
  public String usage() {
    return "usage: store -c AET@HOST:PORT [--aet AET] FILE|DIR...\n" + NetOptions.HELP;
  }

  @Override
  public int run(String[] argv, PrintStream out, PrintStream err) throws Exception {
    Args a = new Args(argv, 1, NetOptions.valued(), Set.of());
    RemoteAe remote = NetOptions.remote(a);
    if (a.positional().isEmpty()) {
      throw new Args.UsageException("no file or directory given");
    }
    List<Part10File> files = new ArrayList<>();
    int unreadable = 0;
    AssociationRequest req = new AssociationRequest(NetOptions.aet(a), remote.aeTitle());
    for (Path p : paths(a.positional())) {
      try {
        Part10File f = Part10File.open(p);
        if (req.size() < 128 || hasContext(files, f)) {
          req.addPresentationContextIfAbsent(f.sopClassUid(), f.transferSyntax());
          files.add(f);
          continue;
        }
        err.println("store: skipped (more than 128 presentation contexts): " + p);
      } catch (IOException e) {
        err.println("store: skipped " + p + ": " + e.getMessage());
      }
      unreadable++;
    }
    int failed = 0;
    long bytes = 0;
    long t0 = System.nanoTime();
    try (Device device = Device.withOwnExecutor("store", NetOptions.settings(a))) {
      Association as = device.connect(remote, req, null);
      for (Part10File f : files) {
        int status;
        try {
          status = Commands.status(Dimses.store(as, f.sopClassUid(), f.sopInstanceUid(), Priority.MEDIUM,
              f.dataWriter(), f.transferSyntax()).finalResponse());
        } catch (org.opendrimbox.dicom.net.NoPresentationContextException e) {
          status = Status.SOPclassNotSupported;
        }
        if (Status.isSuccessOrWarning(status)) {
          bytes += Files.size(f.path());
        } else {
          failed++;
          err.println("store: " + f.path() + ": status " + Status.toHex(status));
        }
      }
      as.release();
    }
    double s = (System.nanoTime() - t0) / 1e9;
    out.printf("C-STORE: %d sent, %d failed, %d skipped; %.1f MB in %.2f s (%.1f MB/s)%n", files.size() - failed,
        failed, unreadable, bytes / 1e6, s, bytes / 1e6 / s);
    return failed + unreadable == 0 ? 0 : 1;
  }

  private static boolean hasContext(List<Part10File> files, Part10File f) {
    return files.stream().anyMatch(o -> o.sopClassUid().equals(f.sopClassUid())
        && o.transferSyntax().equals(f.transferSyntax()));
  }

  private static List<Path> paths(List<String> args) throws IOException {
    List<Path> all = new ArrayList<>();
    for (String s : args) {
      Path p = Path.of(s);
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).sorted().forEach(all::add);
        }
      } else {
        all.add(p);
      }
    }
    return all;
  }
}
