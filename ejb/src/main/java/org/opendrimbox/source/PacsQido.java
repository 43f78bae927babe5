package org.opendrimbox.source;

import java.io.IOException;
import java.util.Map;
import java.util.function.Consumer;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.ElementDictionary;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.data.UID;
import org.opendrimbox.dicom.data.VR;
import org.opendrimbox.dicom.net.Association;
import org.opendrimbox.dicom.net.AssociationRequest;
import org.opendrimbox.dicom.net.DimseRSP;
import org.opendrimbox.dicom.net.Device;
import org.opendrimbox.dicom.net.Dimses;
import org.opendrimbox.dicom.net.Priority;
import org.opendrimbox.dicom.net.RemoteAe;
import org.opendrimbox.dicom.net.Status;

/**
 * QIDO-RS for the box's own viewer and tools, answered by a C-FIND on the PACS (study root): query parameters
 * become matching keys ({@code PatientID=X}, {@code 00100020=X}), {@code includefield} adds return keys, and each
 * match is passed on as it arrives (the caller streams it as DICOM JSON).
 */
public final class PacsQido {

  /** QIDO levels. */
  public enum Level { STUDY, SERIES, IMAGE }

  private static final int[] STUDY_KEYS = {Tag.StudyInstanceUID, Tag.StudyDate, Tag.StudyTime, Tag.AccessionNumber,
      Tag.ModalitiesInStudy, Tag.ReferringPhysicianName, Tag.PatientName, Tag.PatientID, Tag.IssuerOfPatientID,
      Tag.PatientBirthDate, Tag.PatientSex, Tag.StudyID, Tag.StudyDescription, Tag.NumberOfStudyRelatedSeries,
      Tag.NumberOfStudyRelatedInstances};
  private static final int[] SERIES_KEYS = {Tag.StudyInstanceUID, Tag.SeriesInstanceUID, Tag.Modality,
      Tag.SeriesNumber, Tag.SeriesDescription, Tag.NumberOfSeriesRelatedInstances};
  private static final int[] IMAGE_KEYS = {Tag.StudyInstanceUID, Tag.SeriesInstanceUID, Tag.SOPInstanceUID,
      Tag.SOPClassUID, Tag.InstanceNumber, Tag.Rows, Tag.Columns, Tag.NumberOfFrames};

  private final Device device;
  private final String callingAet;
  private final RemoteAe pacs;

  public PacsQido(Device device, String callingAet, RemoteAe pacs) {
    this.device = device;
    this.callingAet = callingAet;
    this.pacs = pacs;
  }

  /** Builds the C-FIND keys of a QIDO request; BAD_REQUEST for an unknown attribute. */
  public static Attributes keys(Level level, Map<String, String> params, Iterable<String> includeFields) {
    Attributes keys = new Attributes();
    keys.setString(Tag.QueryRetrieveLevel, VR.CS, level.name());
    int[] defaults = switch (level) {
      case STUDY -> STUDY_KEYS;
      case SERIES -> SERIES_KEYS;
      case IMAGE -> IMAGE_KEYS;
    };
    for (int tag : defaults) {
      keys.setValue(tag, ElementDictionary.vrOf(tag), null);
    }
    for (String f : includeFields) {
      if (!"all".equalsIgnoreCase(f)) {
        int tag = tagOf(f);
        keys.setValue(tag, ElementDictionary.vrOf(tag), null);
      }
    }
    params.forEach((k, v) -> {
      int tag = tagOf(k);
      keys.setString(tag, ElementDictionary.vrOf(tag), v);
    });
    return keys;
  }

  private static int tagOf(String s) {
    int tag = s.matches("[0-9A-Fa-f]{8}") ? (int) Long.parseLong(s, 16) : ElementDictionary.tagOf(s);
    if (tag == -1) {
      throw new SourceException(SourceException.Reason.BAD_REQUEST, "unknown attribute '" + s + "'");
    }
    return tag;
  }

  /** Runs the C-FIND, passing at most limit matches (0 = no limit) to each; returns the number passed. */
  public int find(Attributes keys, int limit, Consumer<Attributes> each) throws IOException {
    Association as = device.connect(pacs, new AssociationRequest(callingAet, pacs.aeTitle()).addPresentationContext(
        UID.StudyRootQueryRetrieveInformationModelFind, UID.ExplicitVRLittleEndian, UID.ImplicitVRLittleEndian), null);
    int n = 0;
    try {
      DimseRSP rsp = Dimses.find(as, UID.StudyRootQueryRetrieveInformationModelFind, Priority.MEDIUM, keys);
      while (rsp.next()) {
        if (Status.isPending(rsp.status()) && rsp.getDataset() != null) {
          if (limit > 0 && n >= limit) {
            rsp.cancel();
          } else {
            each.accept(rsp.getDataset());
            n++;
          }
        }
      }
      as.release();
    } catch (IOException | RuntimeException e) {
      as.abort();
      throw e;
    }
    return n;
  }
}
