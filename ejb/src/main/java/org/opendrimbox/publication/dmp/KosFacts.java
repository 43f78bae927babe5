package org.opendrimbox.publication.dmp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.opendrimbox.dicom.data.Attributes;
import org.opendrimbox.dicom.data.Sequence;
import org.opendrimbox.dicom.data.Tag;
import org.opendrimbox.dicom.io.DicomInputStream;

/**
 * What the metadata takes from the KOS itself, so that the DMP entry and the manifest agree: the
 * patient traits of the Patient module (digest §4.2) and the requests of the
 * ReferencedRequestSequence (accession and placer order numbers of this study).
 */
record KosFacts(
    String sopInstanceUid,
    String studyInstanceUid,
    String patientId,
    String familyName,
    String givenName,
    LocalDate birthDate,
    String sex,
    String birthPlaceCode,
    Set<String> accessionNumbers,
    Set<String> orderNumbers) {

  /** INSEE commune code (5 characters, Corsica 2A/2B), carried in PatientComments by DRIM-M. */
  private static final Pattern INSEE = Pattern.compile("[0-9][0-9AB][0-9]{3}");

  static KosFacts read(byte[] kos) throws UnpublishableReportException {
    Attributes a;
    try (DicomInputStream in = new DicomInputStream(new ByteArrayInputStream(kos))) {
      a = in.readDataset();
    } catch (IOException | RuntimeException e) {
      throw new UnpublishableReportException("the KOS is not readable DICOM: " + e.getMessage());
    }
    String[] name = nameParts(a.getString(Tag.PatientName));
    Set<String> accessions = new LinkedHashSet<>();
    Set<String> orders = new LinkedHashSet<>();
    addIfPresent(accessions, a.getString(Tag.AccessionNumber));
    Sequence requests = a.getSequence(Tag.ReferencedRequestSequence);
    if (requests != null) {
      for (Attributes item : requests) {
        addIfPresent(accessions, item.getString(Tag.AccessionNumber));
        addIfPresent(orders, item.getString(Tag.PlacerOrderNumberImagingServiceRequest));
      }
    }
    String comments = a.getString(Tag.PatientComments);
    return new KosFacts(a.getString(Tag.SOPInstanceUID), a.getString(Tag.StudyInstanceUID),
        a.getString(Tag.PatientID), name[0], name[1], date(a.getString(Tag.PatientBirthDate)),
        sex(a.getString(Tag.PatientSex)),
        comments != null && INSEE.matcher(comments).matches() ? comments : null,
        Set.copyOf(accessions), Set.copyOf(orders));
  }

  /** Family and first given name of a PN value ({@code FAMILY^GIVEN^...}); nulls when absent. */
  private static String[] nameParts(String pn) {
    if (pn == null) {
      return new String[2];
    }
    String alphabetic = pn.split("=", -1)[0];
    String[] parts = alphabetic.split("\\^", -1);
    return new String[] {blankToNull(parts[0]), parts.length > 1 ? blankToNull(parts[1]) : null};
  }

  private static LocalDate date(String da) {
    if (da == null) {
      return null;
    }
    try {
      return LocalDate.parse(da, DateTimeFormatter.BASIC_ISO_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String sex(String cs) {
    return cs == null ? null : switch (cs) {
      case "M", "F" -> cs;
      default -> "U";
    };
  }

  private static void addIfPresent(Set<String> set, String value) {
    if (value != null && !value.isBlank()) {
      set.add(value.strip());
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
