package org.opendrimbox.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InsTest {

  @Test
  void acceptsTheAnsTestPatientWithTheTestOid() {
    Ins ins = new Ins("279035121518989", Ins.OID_NIR_TEST);
    assertThat(ins.isTest()).isTrue();
    assertThat(ins.issuer().toHd()).isEqualTo("ASIP-SANTE-INS-NIR&1.2.250.1.213.1.4.10&ISO");
  }

  @Test
  void acceptsTheProductionOid() {
    Ins ins = new Ins(" 274075176079430 ", Ins.OID_NIR);
    assertThat(ins.value()).isEqualTo("274075176079430");
    assertThat(ins.isTest()).isFalse();
  }

  @Test
  void rejectsOtherOids() {
    assertThatThrownBy(() -> new Ins("279035121518989", "1.2.250.1.213.4.5.2.4"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Ins.isInsOid("1.2.250.1.213.1.4.8")).isTrue();
    assertThat(Ins.isInsOid("1.2.250.1.213.1.4.2")).isFalse();
  }

  @Test
  void checksTheNirKey() {
    assertThatThrownBy(() -> new Ins("279035121518988", Ins.OID_NIR_TEST))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Ins("27903512151898", Ins.OID_NIR_TEST))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Ins("2790351X1518989", Ins.OID_NIR_TEST))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void handlesCorsicanDepartments() {
    long body = 1_850_619_001_001L; // 1 85 06 19 001 001 with 2A -> 19
    String key = String.format("%02d", 97 - body % 97);
    assertThat(Ins.hasValidKey("18506" + "2A" + "001001" + key)).isTrue();
    assertThat(Ins.hasValidKey("18506" + "2C" + "001001" + key)).isFalse();
  }

  @Test
  void doesNotPrintTheNumber() {
    assertThat(new Ins("279035121518989", Ins.OID_NIR_TEST).toString())
        .doesNotContain("279035121518989");
  }
}
