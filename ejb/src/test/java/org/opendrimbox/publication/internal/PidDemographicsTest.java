package org.opendrimbox.publication.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The PID fallback of the KOS patient module reads the stored bytes in the report's own character set. */
class PidDemographicsTest {

  private static String examC() {
    try (InputStream in = PidDemographicsTest.class.getResourceAsStream("/hl7/CR_C-ORU.hl7")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void readsTheLegalNameBirthDateAndSexOfExamC() {
    PidDemographics pid = PidDemographics.of(examC().getBytes(StandardCharsets.UTF_8));
    assertThat(pid.name()).isEqualTo("PAT-TROIS^DOMINIQUE");
    assertThat(pid.birthDate()).isEqualTo("19790328");
    assertThat(pid.sex()).isEqualTo("F");
    assertThat(pid.otherNames()).containsExactly("PAT-TROIS^");
  }

  @Test
  void accentsOfALatin1ReportSurvive() {
    String latin1 = examC().replace("|UNICODE UTF-8|", "|8859/1|").replace("PAT-TROIS^DOMINIQUE^", "PAT-TROIS^DOMINIQUÉ^");
    PidDemographics pid = PidDemographics.of(latin1.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(pid.name()).isEqualTo("PAT-TROIS^DOMINIQUÉ");
  }

  @Test
  void anUnknownSexGivesNoneInsteadOfAnInvalidKos() {
    PidDemographics pid = PidDemographics.of(examC().replace("|19790328|F|", "|19790328|U|").getBytes(StandardCharsets.UTF_8));
    assertThat(pid.sex()).isEmpty();
  }
}
