package org.opendrimbox.dicom.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opendrimbox.dicom.io.DicomInputStream;
import org.opendrimbox.dicom.io.DicomOutputStream;

class UpdatePolicyTest {

  private static Attributes target() {
    Attributes a = new Attributes();
    a.setString(Tag.PatientID, VR.LO, "LOCAL");
    a.setString(Tag.PatientName, VR.PN, "");
    return a;
  }

  private static Attributes source() {
    Attributes a = new Attributes();
    a.setString(Tag.PatientID, VR.LO, "REMOTE");
    a.setString(Tag.PatientName, VR.PN, "DOE^JANE");
    a.setString(Tag.PatientSex, VR.CS, "F");
    return a;
  }

  @Test
  void policiesDecideWhatIsReplaced() {
    Attributes s = target();
    s.update(UpdatePolicy.SUPPLEMENT, source());
    assertThat(s.getString(Tag.PatientID)).isEqualTo("LOCAL");
    assertThat(s.getString(Tag.PatientName)).isNull();
    assertThat(s.getString(Tag.PatientSex)).isEqualTo("F");
    Attributes m = target();
    m.update(UpdatePolicy.MERGE, source());
    assertThat(m.getString(Tag.PatientID)).isEqualTo("LOCAL");
    assertThat(m.getString(Tag.PatientName)).isEqualTo("DOE^JANE");
    Attributes o = target();
    o.update(UpdatePolicy.OVERWRITE, source());
    assertThat(o.getString(Tag.PatientID)).isEqualTo("REMOTE");
  }

  @Test
  void mixingCharacterSetsSwitchesToUtf8WithoutLoss() throws IOException {
    Attributes latin = new Attributes();
    latin.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 100");
    latin.setBytes(Tag.PatientName, VR.PN, "G\u00C9RARD^H\u00E9l\u00E8ne".getBytes(StandardCharsets.ISO_8859_1));
    latin.newSequence(Tag.ReferencedPatientSequence, 1).add(new Attributes().setBytes(Tag.PatientComments, VR.LT,
        "\u00E9t\u00E9".getBytes(StandardCharsets.ISO_8859_1)));
    Attributes utf8 = new Attributes();
    utf8.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 192");
    utf8.setBytes(Tag.InstitutionName, VR.LO, "\u5C71\u7530 h\u00F4pital".getBytes(StandardCharsets.UTF_8));
    latin.update(UpdatePolicy.OVERWRITE, utf8);
    assertThat(latin.getString(Tag.SpecificCharacterSet)).isEqualTo("ISO_IR 192");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new DicomOutputStream(bytes, "1.2.840.10008.1.2.1").writeDataset(latin);
    Attributes back = new DicomInputStream(new ByteArrayInputStream(bytes.toByteArray()), "1.2.840.10008.1.2.1")
        .readDataset();
    assertThat(back.getString(Tag.PatientName)).isEqualTo("G\u00C9RARD^H\u00E9l\u00E8ne");
    assertThat(back.getString(Tag.InstitutionName)).isEqualTo("\u5C71\u7530 h\u00F4pital");
    assertThat(back.getNestedDataset(Tag.ReferencedPatientSequence).getString(Tag.PatientComments))
        .isEqualTo("\u00E9t\u00E9");
  }

  @Test
  void anEmptyTargetTakesTheSourceCharacterSet() {
    Attributes src = new Attributes();
    src.setString(Tag.SpecificCharacterSet, VR.CS, "ISO_IR 100");
    src.setBytes(Tag.PatientName, VR.PN, "\u00C9".getBytes(StandardCharsets.ISO_8859_1));
    Attributes copy = new Attributes();
    copy.addAll(src);
    assertThat(copy.getString(Tag.SpecificCharacterSet)).isEqualTo("ISO_IR 100");
    assertThat(copy.getString(Tag.PatientName)).isEqualTo("\u00C9");
  }
}
