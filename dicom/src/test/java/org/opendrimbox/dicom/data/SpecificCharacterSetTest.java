package org.opendrimbox.dicom.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpecificCharacterSetTest {

  @Test
  void mapsDefinedTermsToCharsets() {
    assertThat(SpecificCharacterSet.valueOf()).isSameAs(SpecificCharacterSet.DEFAULT);
    assertThat(SpecificCharacterSet.valueOf("ISO_IR 100")).isSameAs(SpecificCharacterSet.ISO_IR_100);
    assertThat(SpecificCharacterSet.valueOf("ISO_IR 192").charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(SpecificCharacterSet.valueOf("ISO_IR 101").charset().name()).isEqualTo("ISO-8859-2");
    assertThat(SpecificCharacterSet.valueOf("ISO_IR 144").charset().name()).isEqualTo("ISO-8859-5");
    assertThat(SpecificCharacterSet.valueOf("GB18030").charset().name()).isEqualTo("GB18030");
    assertThat(SpecificCharacterSet.valueOf("UNKNOWN").charset()).isEqualTo(StandardCharsets.ISO_8859_1);
  }

  @Test
  void decodesIso2022JapaneseFromPs35AnnexH() {
    // PS3.5 H.3.1 example: Yamada^Tarou=<ESC $ B>...=<ESC $ B>... (JIS X 0208 in ISO 2022)
    byte[] b = {'Y', 'a', 'm', 'a', 'd', 'a', '^', 'T', 'a', 'r', 'o', 'u', '=', 0x1B, 0x24, 0x42, 0x3B, 0x33,
        0x45, 0x44, 0x1B, 0x28, 0x42, '^', 0x1B, 0x24, 0x42, 0x42, 0x40, 0x4F, 0x3A, 0x1B, 0x28, 0x42};
    SpecificCharacterSet cs = SpecificCharacterSet.valueOf("", "ISO 2022 IR 87");
    assertThat(cs.decode(b, 0, b.length)).isEqualTo("Yamada^Tarou=\u5C71\u7530^\u592A\u90CE");
  }

  @Test
  void frenchNamesRoundTripInLatin1AndUtf8() {
    String name = "G\u00C9RARD^H\u00E9l\u00E8ne";
    for (SpecificCharacterSet cs : new SpecificCharacterSet[] {SpecificCharacterSet.ISO_IR_100,
        SpecificCharacterSet.ISO_IR_192}) {
      byte[] b = cs.encode(name);
      assertThat(cs.decode(b, 0, b.length)).isEqualTo(name);
    }
    assertThat(SpecificCharacterSet.ISO_IR_100.encode(name)).hasSize(13);
    assertThat(SpecificCharacterSet.ISO_IR_192.encode(name)).hasSize(16);
  }
}
