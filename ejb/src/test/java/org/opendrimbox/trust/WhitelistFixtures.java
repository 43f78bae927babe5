package org.opendrimbox.trust;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ANS whitelist fixtures of src/test/resources/trust and what the tests derive from them. */
public final class WhitelistFixtures {

  public static final String SIGNED = "LISTEBLANCHE_DRIM-M_SIGNEE_TEST.xml";
  public static final String UNSIGNED = "LISTEBLANCHE_DRIM-M_NONSIGNEE_TEST.xml";
  public static final String INFORMATIF = "LISTEBLANCHE_DRIM-M_INFORMATIF_SIGNEE.xml";

  private WhitelistFixtures() {}

  public static byte[] bytes(String name) {
    try (InputStream in = WhitelistFixtures.class.getResourceAsStream("/trust/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The certificates of the signature's KeyInfo, in document order (signer, intermediate, root). */
  public static List<X509Certificate> keyInfoCertificates(String name) {
    String xml = new String(bytes(name), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<ds:X509Certificate>([^<]+)</ds:X509Certificate>").matcher(xml);
    List<X509Certificate> out = new ArrayList<>();
    try {
      CertificateFactory cf = CertificateFactory.getInstance("X.509");
      while (m.find()) {
        byte[] der = Base64.getMimeDecoder().decode(m.group(1));
        out.add((X509Certificate) cf.generateCertificate(new ByteArrayInputStream(der)));
      }
    } catch (CertificateException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** The self-signed IGC-Santé TEST root found in a signed list's KeyInfo. */
  public static X509Certificate igcSanteTestRoot(String name) {
    return keyInfoCertificates(name).stream()
        .filter(c -> c.getSubjectX500Principal().equals(c.getIssuerX500Principal()))
        .findFirst().orElseThrow();
  }

  /** A copy with one byte of an entry changed (db175 -> db176 in a DN), nothing else touched. */
  public static byte[] tampered(String name) {
    byte[] b = bytes(name).clone();
    byte[] needle = "CN=db175.".getBytes(StandardCharsets.US_ASCII);
    outer:
    for (int i = 0; i + needle.length <= b.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (b[i + j] != needle[j]) {
          continue outer;
        }
      }
      b[i + 7] = '6';
      return b;
    }
    throw new IllegalStateException("entry not found in " + name);
  }
}
