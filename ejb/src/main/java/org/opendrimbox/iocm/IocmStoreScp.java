package org.opendrimbox.iocm;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Set;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.io.DicomInputStream;
import org.opendrimbox.dicom.net.Association;
import org.opendrimbox.dicom.net.PDVInputStream;
import org.opendrimbox.dicom.net.Status;
import org.opendrimbox.dicom.net.pdu.PresentationContext;
import org.opendrimbox.dicom.net.service.BasicCStoreScp;
import org.opendrimbox.dicom.net.service.DicomServiceException;

/**
 * Storage SCP for IOCM rejection notes (Key Object Selection Document Storage only; other SOP classes are not
 * accepted at association negotiation). Thin adapter: reads the data set (bounded), checks it with
 * {@link IocmNoteReader}, hands it to the {@link Sink} (which stores it durably) and answers Success only
 * then. Failures are answered with the PS3.4 B.2.3 / PS3.7 C statuses:
 *
 * <ul>
 *   <li>0124H Refused: Not Authorized: the calling AE is not an accepted sender (the PACS);
 *   <li>A700H Refused: Out of Resources: the note is larger than {@link #MAX_NOTE_BYTES}, or it could not be
 *       stored (database down): nothing was kept, the sender may send it again;
 *   <li>A900H Error: Data Set Does Not Match SOP Class: a required KOS attribute is missing or invalid
 *       (document title, evidence sequence, SOP Class/Instance UID);
 *   <li>C000H Error: Cannot Understand: the data set cannot be parsed, or it is a KOS whose title is not a
 *       rejection reason (CID 7011), the only kind of KOS this box processes.
 * </ul>
 */
public final class IocmStoreScp extends BasicCStoreScp {

  private static final Logger LOG = System.getLogger(IocmStoreScp.class.getName());

  /** Refused: Not Authorized (PS3.7 C.4.2.1.x general status). */
  public static final int NOT_AUTHORIZED = 0x0124;

  /** Largest note accepted; a KOS referencing 10,000 instances is well under 2 MiB. */
  public static final long MAX_NOTE_BYTES = 16L * 1024 * 1024;

  /** Stores a checked note; throws a runtime exception when it could not be stored. */
  @FunctionalInterface
  public interface Sink {
    Outcome receive(IocmNote note, String callingAet);
  }

  private final Set<String> acceptedCallingAets;
  private final Sink sink;

  /** @param acceptedCallingAets the AE titles allowed to send notes (the PACS) */
  public IocmStoreScp(Set<String> acceptedCallingAets, Sink sink) {
    super(List.of(UID.KeyObjectSelectionDocumentStorage));
    this.acceptedCallingAets = Set.copyOf(acceptedCallingAets);
    this.sink = sink;
  }

  @Override
  protected void store(Association as, PresentationContext pc, Attributes rq, PDVInputStream data, Attributes rsp)
      throws IOException {
    if (!acceptedCallingAets.contains(as.callingAet())) {
      data.skipAll();
      throw new DicomServiceException(NOT_AUTHORIZED, "calling AE not accepted for rejection notes");
    }
    Attributes dataset = read(data);
    IocmNote note;
    try {
      note = IocmNoteReader.read(dataset, rq.getString(Tag.AffectedSOPInstanceUID));
    } catch (InvalidNoteException e) {
      throw new DicomServiceException(e.status(), e.getMessage());
    }
    Outcome outcome;
    try {
      outcome = sink.receive(note, as.callingAet());
    } catch (RuntimeException e) {
      LOG.log(Level.ERROR, as + ": rejection note " + note.sopInstanceUid() + " not stored", e);
      throw new DicomServiceException(Status.OutOfResources, "note not stored, send it again later", e);
    }
    LOG.log(Level.INFO, "{0}: rejection note {1} ({2}, {3} instances){4}: {5}", as, note.sopInstanceUid(),
        note.reason().code(), note.rejected().size(), outcome.duplicate() ? " already received" : "",
        outcome.effects());
  }

  private static Attributes read(PDVInputStream data) throws IOException {
    try (var in = new DicomInputStream(new Bounded(data, MAX_NOTE_BYTES), data.transferSyntax())
        .withAllocationLimit(MAX_NOTE_BYTES)) {
      return in.readDataset();
    } catch (TooLarge e) {
      data.skipAll();
      throw new DicomServiceException(Status.OutOfResources, "note larger than " + MAX_NOTE_BYTES + " bytes");
    } catch (IOException | RuntimeException e) {
      if (!data.isComplete()) {
        data.skipAll(); // throws if the association itself is broken
      }
      throw new DicomServiceException(Status.CannotUnderstand, "unreadable data set: " + e.getMessage(), e);
    }
  }

  /** Fails once more than {@code max} bytes have been read. */
  private static final class Bounded extends FilterInputStream {
    private final long max;
    private long count;

    Bounded(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public void close() {
      // the PDV stream belongs to the association
    }

    private void count(int n) throws TooLarge {
      count += n;
      if (count > max) {
        throw new TooLarge();
      }
    }
  }

  private static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;
  }
}
