package org.opendrimbox.dicom.tool;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.net.AeListener;
import org.opendrimbox.dicom.net.Device;
import org.opendrimbox.dicom.net.LocalAe;
import org.opendrimbox.dicom.net.TransferCapability;
import org.opendrimbox.dicom.net.service.BasicCEchoScp;
import org.opendrimbox.dicom.net.service.DicomServiceRegistry;
import org.opendrimbox.dicom.net.service.DirectoryStoreScp;

/** {@code storescp --aet AET --port N --dir OUT}: receives instances until killed. */
final class StoreScpCommand implements Main.Command {
  @Override
  public String summary() {
    return "Storage SCP writing received instances to a directory";
  }

  @Override
  public String usage() {
    return """
        usage: storescp --aet AET --port N --dir OUT [--bind HOST] [--max-pdu N] [--idle-timeout MS]
          --aet AET        our AE title (called AE title the callers must use)
          --port N         TCP port (0 = any free port, printed on start)
          --bind HOST      address to listen on (default 0.0.0.0)
          --dir OUT        directory for <SOPInstanceUID>.dcm files (created if needed)
        Accepts any calling AE title, Verification and every storage SOP class in any transfer syntax;
        files are written as received (File Meta Information + data set bytes).""".stripTrailing();
  }

  @Override
  public int run(String[] argv, PrintStream out, PrintStream err) throws Exception {
    Args a = new Args(argv, 1, NetOptions.valued("--port", "--dir", "--bind"), Set.of());
    Path dir = Files.createDirectories(Path.of(a.required("--dir")));
    Device device = Device.withOwnExecutor("storescp", NetOptions.settings(a));
    AeListener l = listen(device, a.value("DRIMBOX", "--aet"), a.value("0.0.0.0", "--bind"),
        Integer.parseInt(a.required("--port")), new DirectoryStoreScp(dir));
    out.println("storescp: " + l.ae().aeTitle() + " listening on " + l.address() + ", writing to " + dir);
    out.flush();
    Runtime.getRuntime().addShutdownHook(new Thread(device::close));
    Thread.currentThread().join();
    return 0;
  }

  /** Listens as {@code aet}, accepting Verification and any storage SOP class, storing with {@code scp}. */
  static AeListener listen(Device device, String aet, String host, int port, DirectoryStoreScp scp)
      throws IOException {
    LocalAe ae = new LocalAe(aet, List.of(TransferCapability.scp(UID.Verification, UID.ImplicitVRLittleEndian,
        UID.ExplicitVRLittleEndian), TransferCapability.scp("*", "*")), Set.of());
    DicomServiceRegistry services = new DicomServiceRegistry().add(new BasicCEchoScp()).add(scp);
    return device.listen(ae, host, port, services);
  }
}
