package org.opendrimbox.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opendrimbox.intake.MessageHeader;

class EdPayloadsTest {

  private static final String MSH = "MSH|^~\\&|A|B|C|D|1||ORU^R01^ORU_R01|1|P|2.5";
  private static final String DATA = "QUJD".repeat(2000);

  private static MessageHeader header(String text) {
    return MshReader.read(text);
  }

  @Test
  void takesLargeEdDataOutOfTheText() {
    String text = MSH + "\rOBX|1|ST|x||small\rOBX|2|ED|18748-4^CR^LN||^TEXT^XML^Base64^" + DATA
        + "||||||F|";
    EdPayloads.Stripped s = EdPayloads.strip(text, header(text));
    assertThat(s.data()).containsOnlyKeys(2);
    assertThat(s.data().get(2)).isEqualTo(DATA);
    assertThat(s.text()).endsWith("OBX|2|ED|18748-4^CR^LN||^TEXT^XML^Base64^||||||F|")
        .contains("OBX|1|ST|x||small");
  }

  @Test
  void leavesValuesWithEscapesOrRepetitionsToHapi() {
    String escaped = MSH + "\rOBX|1|ED|x||^TEXT^XML^A^" + DATA + "\\T\\x||||||F|";
    assertThat(EdPayloads.strip(escaped, header(escaped)).data()).isEmpty();
    String repeated = MSH + "\rOBX|1|ED|x||^TEXT^XML^Base64^" + DATA + "~^TEXT^XML^Base64^AA||||||F|";
    assertThat(EdPayloads.strip(repeated, header(repeated)).text()).isEqualTo(repeated);
  }

  @Test
  void leavesSmallValuesAlone() {
    String text = MSH + "\rOBX|1|ED|x||^TEXT^XML^Base64^QUJD||||||F|" + "\rNTE|1||" + "x".repeat(5000);
    EdPayloads.Stripped s = EdPayloads.strip(text, header(text));
    assertThat(s.data()).isEmpty();
    assertThat(s.text()).isEqualTo(text);
  }
}
