package org.opendrimbox.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsLoaderTest {

  private static DrimboxSettings load(Map<String, String> env, Map<String, String> props) {
    return new SettingsLoader(env::get, props::get).load();
  }

  @Test
  void defaultsApplyWhenNothingIsSet() {
    DrimboxSettings s = load(Map.of(), Map.of("jboss.server.data.dir", "/srv/data"));
    assertThat(s.baseUrl()).hasToString("http://127.0.0.1:8080");
    assertThat(s.aet()).isEqualTo("DRIMBOX");
    assertThat(s.dicomPort()).isEqualTo(11112);
    assertThat(s.hl7Port()).isEqualTo(2575);
    assertThat(s.pacs()).isEqualTo(new AeAddress("ORTHANC", "127.0.0.1", 4242));
    assertThat(s.dmpUrl()).hasToString("http://127.0.0.1:8080/dmp-simulator");
    assertThat(s.dataDir()).hasToString("/srv/data/drimbox");
    assertThat(s.wadoRsBase()).isEqualTo("http://127.0.0.1:8080/drimbox/dicomweb");
  }

  @Test
  void environmentWinsOverSystemProperties() {
    DrimboxSettings s =
        load(
            Map.of("DRIMBOX_AET", "BOX_ENV", "DRIMBOX_PACS", "DCM4CHEE@pacs.example:11112"),
            Map.of("drimbox.aet", "BOX_PROP", "drimbox.dicom-port", "11212", "drimbox.base-url", "https://box.example"));
    assertThat(s.aet()).isEqualTo("BOX_ENV");
    assertThat(s.dicomPort()).isEqualTo(11212);
    assertThat(s.baseUrl()).hasToString("https://box.example");
    assertThat(s.pacs()).isEqualTo(new AeAddress("DCM4CHEE", "pacs.example", 11112));
  }

  @Test
  void everyInvalidValueIsReportedAtOnce() {
    assertThatThrownBy(
            () ->
                load(
                    Map.of(
                        "DRIMBOX_AET", "A_TITLE_FAR_TOO_LONG",
                        "DRIMBOX_HL7_PORT", "70000",
                        "DRIMBOX_PACS", "no-at-sign",
                        "DRIMBOX_BASE_URL", "ftp://box/"),
                    Map.of()))
        .isInstanceOfSatisfying(
            InvalidSettingsException.class,
            e -> {
              assertThat(e.problems()).hasSize(4);
              assertThat(e.getMessage())
                  .contains("DRIMBOX_AET='A_TITLE_FAR_TOO_LONG'")
                  .contains("DRIMBOX_HL7_PORT='70000': port out of range")
                  .contains("DRIMBOX_PACS='no-at-sign': 'no-at-sign' is not of the form AET@host:port")
                  .contains("DRIMBOX_BASE_URL='ftp://box/': not an absolute http(s) URL");
            });
  }

  @Test
  void listenerPortsMustDiffer() {
    assertThatThrownBy(() -> load(Map.of("DRIMBOX_DICOM_PORT", "2575"), Map.of()))
        .hasMessageContaining("DRIMBOX_DICOM_PORT and DRIMBOX_HL7_PORT must differ");
  }

  @Test
  void propertyNamesFollowTheEnvironmentNames() {
    assertThat(SettingsLoader.propertyName("DRIMBOX_DICOM_PORT")).isEqualTo("drimbox.dicom-port");
    assertThat(SettingsLoader.propertyName("DRIMBOX_AET")).isEqualTo("drimbox.aet");
  }
}
