package org.opendrimbox.dicom.net;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.dicom.net.service.BasicCEchoScp;
import org.opendrimbox.dicom.net.service.BasicCFindScp;
import org.opendrimbox.dicom.net.service.BasicRetrieveScp;
import org.opendrimbox.dicom.net.service.DicomServiceRegistry;
import org.opendrimbox.dicom.net.service.DirectoryStoreScp;
import org.opendrimbox.dicom.net.service.QueryTask;

/**
 * A loopback SCP ("SCP": echo, store into {@code storeDir}, find returning {@code findMatches} answers or endless ones
 * for PatientID=ENDLESS, move/get of the files in {@code archive}) and a second store SCP ("DEST") as move
 * destination, on one device whose executor the test injects.
 */
final class TestPeers implements AutoCloseable {
  static final String[] UNCOMPRESSED = {UID.ExplicitVRLittleEndian, UID.ImplicitVRLittleEndian};

  final ExecutorService executor = Executors.newCachedThreadPool();
  final Device device;
  final AeListener scp;
  final AeListener dest;
  final Device scu;

  TestPeers(ConnectionSettings settings, Path storeDir, Path destDir, List<Path> archive, int findMatches)
      throws IOException {
    device = new Device("test-scp", settings, executor);
    List<TransferCapability> caps = new ArrayList<>(List.of(TransferCapability.scp("*", "*")));
    caps.add(TransferCapability.scu("*", "*"));
    LocalAe ae = new LocalAe("SCP", caps, Set.of());
    DicomServiceRegistry services = new DicomServiceRegistry().add(new BasicCEchoScp())
        .add(new DirectoryStoreScp(storeDir)).add(find(findMatches)).add(retrieve(archive));
    scp = device.listen(ae, "127.0.0.1", 0, services);
    dest = device.listen(new LocalAe("DEST", List.of(TransferCapability.scp("*", "*")), Set.of()), "127.0.0.1", 0,
        new DicomServiceRegistry().add(new DirectoryStoreScp(destDir)));
    scu = new Device("test-scu", settings, executor);
  }

  RemoteAe scpAe() {
    return new RemoteAe("SCP", "127.0.0.1", scp.port());
  }

  private BasicCFindScp find(int n) {
    return new BasicCFindScp(List.of(UID.StudyRootQueryRetrieveInformationModelFind)) {
      @Override
      protected QueryTask calculateMatches(Association as, Attributes rq, Attributes keys) throws IOException {
        if ("FAIL".equals(keys.getString(Tag.PatientID))) {
          throw new org.opendrimbox.dicom.net.service.DicomServiceException(Status.UnableToProcess, "index offline");
        }
        boolean endless = "ENDLESS".equals(keys.getString(Tag.PatientID));
        return new QueryTask() {
          int i;

          @Override
          public boolean hasNext() {
            return endless || i < n;
          }

          @Override
          public Attributes next() {
            if (endless) {
              sleep(20);
            }
            Attributes a = new Attributes();
            a.setString(Tag.QueryRetrieveLevel, VR.CS, "STUDY");
            a.setString(Tag.StudyInstanceUID, VR.UI, "1.2.3." + ++i);
            return a;
          }
        };
      }
    };
  }

  private BasicRetrieveScp retrieve(List<Path> archive) {
    return new BasicRetrieveScp(List.of(UID.StudyRootQueryRetrieveInformationModelMove,
        UID.StudyRootQueryRetrieveInformationModelGet)) {
      @Override
      protected List<Part10File> calculateMatches(Association as, Attributes rq, Attributes keys) throws IOException {
        List<Part10File> files = new ArrayList<>();
        for (Path p : archive) {
          files.add(Part10File.open(p));
        }
        return files;
      }

      @Override
      protected RemoteAe destination(String aet) {
        return aet.equals("DEST") ? new RemoteAe("DEST", "127.0.0.1", dest.port()) : null;
      }
    };
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws InterruptedException {
    scu.close();
    device.close();
    executor.shutdownNow();
    executor.awaitTermination(10, TimeUnit.SECONDS);
  }
}
