package org.opendrimbox.dicom.net.service;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.net.Association;
import org.opendrimbox.dicom.net.Commands;
import org.opendrimbox.dicom.net.Dimse;
import org.opendrimbox.dicom.net.PDVInputStream;
import org.opendrimbox.dicom.net.Status;
import org.opendrimbox.dicom.net.pdu.PresentationContext;

/**
 * Template Storage SCP: {@link #store} receives the data set as a stream (nothing parsed yet) and may change the
 * prepared Success response or throw a {@link DicomServiceException}; the response is sent afterwards.
 */
public abstract class BasicCStoreScp implements DicomService {
  private static final Pattern UID_PATTERN = Pattern.compile("[0-9.]{1,64}");
  private final List<String> sopClasses;

  /** Serves the given storage SOP classes ({@code "*"} for any). */
  protected BasicCStoreScp(List<String> sopClasses) {
    this.sopClasses = List.copyOf(sopClasses);
  }

  @Override
  public List<String> sopClasses() {
    return sopClasses;
  }

  @Override
  public void onDimseRQ(Association as, PresentationContext pc, Dimse dimse, Attributes cmd, PDVInputStream data)
      throws IOException {
    if (dimse != Dimse.C_STORE_RQ) {
      throw new DicomServiceException(Status.UnrecognizedOperation, dimse + " on a storage SOP class");
    }
    if (data == null) {
      throw new DicomServiceException(Status.CannotUnderstand, "C-STORE-RQ without data set");
    }
    Attributes rsp = Commands.mkRSP(cmd, Status.Success);
    store(as, pc, cmd, data, rsp);
    as.writeDimseRSP(pc, rsp, null);
  }

  /**
   * The Affected SOP Instance UID of rq (digits and dots only: it may name a file), failing with status C000 if it or
   * the Affected SOP Class UID is missing or it is malformed.
   */
  protected static String instanceUid(Attributes rq) throws DicomServiceException {
    String iuid = rq.getString(Tag.AffectedSOPInstanceUID);
    if (iuid == null || rq.getString(Tag.AffectedSOPClassUID) == null || !UID_PATTERN.matcher(iuid).matches()) {
      throw new DicomServiceException(Status.CannotUnderstand, "missing or invalid SOP instance UID");
    }
    return iuid;
  }

  /** Stores one instance; {@code data.transferSyntax()} tells its encoding. */
  protected abstract void store(Association as, PresentationContext pc, Attributes rq, PDVInputStream data,
      Attributes rsp) throws IOException;
}
