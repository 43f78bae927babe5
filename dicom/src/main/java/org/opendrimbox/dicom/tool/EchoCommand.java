package org.opendrimbox.dicom.tool;

import java.io.PrintStream;
import java.util.Set;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.net.Association;
import org.opendrimbox.dicom.net.AssociationRequest;
import org.opendrimbox.dicom.net.Commands;
import org.opendrimbox.dicom.net.Device;
import org.opendrimbox.dicom.net.Dimses;
import org.opendrimbox.dicom.net.RemoteAe;
import org.opendrimbox.dicom.net.Status;

/** {@code echo -c AET@host:port}: C-ECHO (verification). */
final class EchoCommand implements Main.Command {
  @Override
  public String summary() {
    return "C-ECHO a peer";
  }

  @Override
  public String usage() {
    return "usage: echo -c AET@HOST:PORT [--aet AET] [-n COUNT]\n" + NetOptions.HELP;
  }

  @Override
  public int run(String[] argv, PrintStream out, PrintStream err) throws Exception {
    Args a = new Args(argv, 1, NetOptions.valued("-n"), Set.of());
    RemoteAe remote = NetOptions.remote(a);
    int count = a.intValue(1, "-n");
    try (Device device = Device.withOwnExecutor("echo", NetOptions.settings(a))) {
      long t0 = System.nanoTime();
      Association as = device.connect(remote, new AssociationRequest(NetOptions.aet(a), remote.aeTitle())
          .addPresentationContext(UID.Verification, UID.ImplicitVRLittleEndian), null);
      int status = Status.Success;
      for (int i = 0; i < count && status == Status.Success; i++) {
        status = Commands.status(Dimses.echo(as).finalResponse());
      }
      as.release();
      out.printf("C-ECHO %s: status %s in %.1f ms%n", remote, Status.toHex(status), (System.nanoTime() - t0) / 1e6);
      return status == Status.Success ? 0 : 1;
    }
  }
}
