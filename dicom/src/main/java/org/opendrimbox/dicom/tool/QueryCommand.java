package org.opendrimbox.dicom.tool;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.net.AeListener;
import org.opendrimbox.dicom.net.Association;
import org.opendrimbox.dicom.net.AssociationRequest;
import org.opendrimbox.dicom.net.Commands;
import org.opendrimbox.dicom.net.Device;
import org.opendrimbox.dicom.net.DimseRSP;
import org.opendrimbox.dicom.net.Dimses;
import org.opendrimbox.dicom.net.Priority;
import org.opendrimbox.dicom.net.RemoteAe;
import org.opendrimbox.dicom.net.Status;
import org.opendrimbox.dicom.net.StorageSopClasses;
import org.opendrimbox.dicom.net.service.DicomServiceRegistry;
import org.opendrimbox.dicom.net.service.DirectoryStoreScp;

/** {@code find}, {@code get} and {@code move}: the query/retrieve service user. */
final class QueryCommand implements Main.Command {
  enum Kind { FIND, GET, MOVE }

  private static final String[] UNCOMPRESSED = {UID.ExplicitVRLittleEndian, UID.ImplicitVRLittleEndian};
  private final Kind kind;

  QueryCommand(Kind kind) {
    this.kind = kind;
  }

  @Override
  public String summary() {
    return switch (kind) {
      case FIND -> "C-FIND: query a peer, one answer per line";
      case GET -> "C-GET: retrieve instances into a directory";
      case MOVE -> "C-MOVE: have a peer send instances to an AE (optionally received here)";
    };
  }

  @Override
  public String usage() {
    String cmd = kind.name().toLowerCase();
    String extra = switch (kind) {
      case FIND -> "";
      case GET -> " --dir OUT";
      case MOVE -> " --dest AET [--port N --dir OUT [--bind HOST]]";
    };
    return "usage: " + cmd + " -c AET@HOST:PORT -L PATIENT|STUDY|SERIES|IMAGE [-m Key=Value]... [-r Key]..."
        + " [--model study|patient]" + extra + "\n" + NetOptions.HELP + """

          -L LEVEL                      Query/Retrieve Level
          -m KEY=VALUE                  matching key (keyword or 8-digit hex tag); repeatable
          -r KEY                        return key; repeatable
          --model study|patient         information model (default study)
          --dir OUT                     where received instances are written (created if needed)
          --dest AET                    move destination
          --port N, --bind HOST         receive the moved instances here, as AE --dest (bind default 0.0.0.0)"""
        .indent(2).stripTrailing();
  }

  @Override
  public int run(String[] argv, PrintStream out, PrintStream err) throws Exception {
    Args a = new Args(argv, 1, NetOptions.valued("-L", "-m", "-r", "--model", "--dir", "--dest", "--port", "--bind"),
        Set.of());
    RemoteAe remote = NetOptions.remote(a);
    Attributes keys = Keys.identifier(a.required("-L"), a.values("-m"), a.values("-r"));
    String cuid = sopClass(a.value("study", "--model"));
    try (Device device = Device.withOwnExecutor(kind.name().toLowerCase(), NetOptions.settings(a))) {
      return switch (kind) {
        case FIND -> find(device, a, remote, cuid, keys, out);
        case GET -> get(device, a, remote, cuid, keys, out);
        case MOVE -> move(device, a, remote, cuid, keys, out);
      };
    }
  }

  private String sopClass(String model) {
    boolean patient = model.equalsIgnoreCase("patient");
    if (!patient && !model.equalsIgnoreCase("study")) {
      throw new Args.UsageException("--model must be study or patient");
    }
    return switch (kind) {
      case FIND -> patient ? UID.PatientRootQueryRetrieveInformationModelFind
          : UID.StudyRootQueryRetrieveInformationModelFind;
      case GET -> patient ? UID.PatientRootQueryRetrieveInformationModelGet
          : UID.StudyRootQueryRetrieveInformationModelGet;
      case MOVE -> patient ? UID.PatientRootQueryRetrieveInformationModelMove
          : UID.StudyRootQueryRetrieveInformationModelMove;
    };
  }

  private int find(Device device, Args a, RemoteAe remote, String cuid, Attributes keys, PrintStream out)
      throws Exception {
    Association as = device.connect(remote, new AssociationRequest(NetOptions.aet(a), remote.aeTitle())
        .addPresentationContext(cuid, UNCOMPRESSED), null);
    DimseRSP rsp = Dimses.find(as, cuid, Priority.MEDIUM, keys);
    int n = 0;
    while (rsp.next()) {
      if (rsp.getDataset() != null && Status.isPending(rsp.status())) {
        out.println(Keys.line(rsp.getDataset()));
        n++;
      }
    }
    as.release();
    return report(out, "C-FIND", rsp.getCommand(), n + " matches");
  }

  private int get(Device device, Args a, RemoteAe remote, String cuid, Attributes keys, PrintStream out)
      throws Exception {
    Path dir = Files.createDirectories(Path.of(a.required("--dir")));
    Counter counter = new Counter();
    AssociationRequest req = new AssociationRequest(NetOptions.aet(a), remote.aeTitle())
        .addPresentationContext(cuid, UNCOMPRESSED);
    for (String storage : StorageSopClasses.COMMON) {
      req.addPresentationContext(storage, UNCOMPRESSED).addRoleSelection(storage, false, true);
    }
    DicomServiceRegistry services = new DicomServiceRegistry()
        .add(new DirectoryStoreScp(dir, List.of("*"), counter::add));
    long t0 = System.nanoTime();
    Association as = device.connect(remote, req, services);
    Attributes last = Dimses.get(as, cuid, Priority.MEDIUM, keys).finalResponse();
    as.release();
    return report(out, "C-GET", last, counter.summary(t0));
  }

  private int move(Device device, Args a, RemoteAe remote, String cuid, Attributes keys, PrintStream out)
      throws Exception {
    String dest = a.required("--dest");
    Counter counter = new Counter();
    AeListener listener = null;
    if (a.value(null, "--port") != null) {
      Path dir = Files.createDirectories(Path.of(a.required("--dir")));
      listener = StoreScpCommand.listen(device, dest, a.value("0.0.0.0", "--bind"), a.intValue(0, "--port"),
          new DirectoryStoreScp(dir, List.of("*"), counter::add));
    }
    long t0 = System.nanoTime();
    Association as = device.connect(remote, new AssociationRequest(NetOptions.aet(a), remote.aeTitle())
        .addPresentationContext(cuid, UNCOMPRESSED), null);
    Attributes last = Dimses.move(as, cuid, Priority.MEDIUM, keys, dest).finalResponse();
    as.release();
    if (listener != null) {
      listener.close();
    }
    return report(out, "C-MOVE", last, listener == null ? "" : counter.summary(t0));
  }

  private static int report(PrintStream out, String op, Attributes rsp, String detail) {
    int status = Commands.status(rsp);
    StringBuilder sb = new StringBuilder(op).append(": status ").append(Status.toHex(status));
    if (rsp.contains(Tag.NumberOfCompletedSuboperations)) {
      sb.append(", completed ").append(rsp.getInt(Tag.NumberOfCompletedSuboperations, 0))
          .append(", failed ").append(rsp.getInt(Tag.NumberOfFailedSuboperations, 0))
          .append(", warning ").append(rsp.getInt(Tag.NumberOfWarningSuboperations, 0));
    }
    String comment = rsp.getString(Tag.ErrorComment);
    if (comment != null) {
      sb.append(", ").append(comment);
    }
    if (!detail.isEmpty()) {
      sb.append("; ").append(detail);
    }
    out.println(sb);
    return Status.isSuccessOrWarning(status) ? 0 : 1;
  }

  /** Counts received files and bytes. */
  static final class Counter {
    private final AtomicInteger files = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();

    void add(Path p, long n) {
      files.incrementAndGet();
      bytes.addAndGet(n);
    }

    String summary(long t0) {
      double s = (System.nanoTime() - t0) / 1e9;
      double mb = bytes.get() / 1e6;
      return String.format("received %d files, %.1f MB in %.2f s (%.1f MB/s)", files.get(), mb, s, mb / s);
    }
  }
}
