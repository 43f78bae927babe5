package org.opendrimbox.pacs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.opendrimbox.dicom.net.ConnectionSettings;
import org.opendrimbox.dicom.net.Device;
import org.opendrimbox.ids.AccessionNumber;
import org.opendrimbox.ids.Ins;
import org.opendrimbox.ids.Issuer;
import org.opendrimbox.ids.PatientId;
import org.opendrimbox.ids.StudyInstanceUid;
import org.opendrimbox.kos.KosBuilder;
import org.opendrimbox.kos.KosDocument;
import org.opendrimbox.kos.KosInput;
import org.opendrimbox.kos.KosPatient;

/**
 * Benchmark (not a test): time of the PACS lookup (STUDY + SERIES + IMAGE C-FIND) and of the KOS build for an
 * N-instance study in a private Orthanc. Run from the ejb module after {@code mvn test-compile}:
 *
 * <pre>
 * mvn -o -q dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "target/classes:target/test-classes:$(cat target/cp.txt)" \
 *   org.opendrimbox.pacs.PacsLookupBenchmark 1300 20
 * </pre>
 */
public final class PacsLookupBenchmark {

  private PacsLookupBenchmark() {}

  public static void main(String[] args) throws Exception {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 1300;
    int reps = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Path dir = Files.createTempDirectory("pacs-bench");
    SyntheticStudy study = new SyntheticStudy("2.25.4242", "IPP101", "AUT-AFFECTATION", "1.2.250.1.213.4.5.2.4",
        "ACN103", null, 2, (n - 2) / 5, n - 2 - (n - 2) / 5);
    try (OrthancPacs pacs = OrthancPacs.start(dir.resolve("orthanc"), "DRIMBOX");
        Device device = Device.withOwnExecutor("bench", ConnectionSettings.defaults())) {
      long t0 = System.nanoTime();
      study.storeIn(pacs);
      System.out.printf("stored %d instances in %d ms%n", n, (System.nanoTime() - t0) / 1_000_000);
      PacsQueryService service = new PacsQueryService(device, "DRIMBOX", pacs.address());
      StudyQuery q = new StudyQuery(Optional.of(new StudyInstanceUid(study.studyUid())),
          List.of(new AccessionNumber("ACN103", null)),
          new PatientId("IPP101", new Issuer("AUT-AFFECTATION", "1.2.250.1.213.4.5.2.4", "ISO")));
      KosPatient patient = new KosPatient(new Ins("279035121518989", Ins.OID_NIR_TEST), q.expectedPatient(),
          "PAT-TROIS^DOMINIQUE", "19790328", "F", "", List.of());
      long[] lookup = new long[reps];
      long[] build = new long[reps];
      for (int r = 0; r < reps; r++) {
        long a = System.nanoTime();
        StudyInfo info = service.findStudy(q);
        long b = System.nanoTime();
        KosDocument kos = new KosBuilder().build(new KosInput(patient, info, List.of(), "", "", "",
            "http://box/drimbox/dicomweb", null, "2.25.1", "2.25.2", ZonedDateTime.now()));
        long c = System.nanoTime();
        lookup[r] = (b - a) / 1_000_000;
        build[r] = (c - b) / 1_000_000;
        if (kos.referencedInstances() != n) {
          throw new IllegalStateException("KOS references " + kos.referencedInstances());
        }
      }
      System.out.printf("lookup ms: %s%nKOS build ms: %s%n", summary(lookup), summary(build));
    }
  }

  private static String summary(long[] v) {
    long[] s = v.clone();
    Arrays.sort(s);
    return "min " + s[0] + ", median " + s[s.length / 2] + ", p95 " + s[(int) Math.ceil(s.length * 0.95) - 1]
        + ", max " + s[s.length - 1];
  }
}
