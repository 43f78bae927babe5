package org.opendrimbox.xds.testpki;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.opendrimbox.xds.sign.SigningKey;

/**
 * A throw-away PKI built in memory for tests: one CA and end-entity certificates for the TLS
 * server, the TLS client (ORG AUTH_CLI role) and XML signing (ORG SIGN_CLI role). No key is ever
 * written to the repository; {@link #writeP12} writes to a test temp directory only.
 */
public final class TestPki {
  public static final char[] PASSWORD = "changeit".toCharArray();
  public static final String SIGNER_DN =
      "CN=DRIMbox, OU=499700367909006, O=CABINET M DOC0036790, ST=Paris (75), C=FR";
  private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

  private final KeyPair caKeys;
  private final X509Certificate caCert;

  /** One entity: key pair and certificate. */
  public record Entity(KeyPair keys, X509Certificate certificate) {
    public SigningKey signingKey() {
      return new SigningKey(keys.getPrivate(), certificate);
    }
  }

  public TestPki(String caName) {
    try {
      caKeys = rsa();
      X500Name name = new X500Name("CN=" + caName + ", O=OpenDRIMbox tests, C=FR");
      X509v3CertificateBuilder b = builder(name, name, caKeys);
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      b.addExtension(Extension.keyUsage, true,
          new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      caCert = sign(b, caKeys);
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }

  public X509Certificate caCertificate() {
    return caCert;
  }

  /** TLS server certificate for localhost / 127.0.0.1. */
  public Entity server() {
    return issue("CN=localhost, O=DMP simulator", KeyPurposeId.id_kp_serverAuth, true,
        KeyUsage.digitalSignature | KeyUsage.keyEncipherment);
  }

  /** TLS client certificate (organisation authentication). */
  public Entity client(String dn) {
    return issue(dn, KeyPurposeId.id_kp_clientAuth, false,
        KeyUsage.digitalSignature | KeyUsage.keyEncipherment);
  }

  /** Signing certificate (organisation signature). */
  public Entity signer(String dn) {
    return issue(dn, null, false, KeyUsage.digitalSignature | KeyUsage.nonRepudiation);
  }

  /** A PKCS#12 key store holding one entity with the CA in its chain. */
  public KeyStore keyStore(Entity e) {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setKeyEntry("key", e.keys().getPrivate(), PASSWORD,
          new X509Certificate[] {e.certificate(), caCert});
      return ks;
    } catch (GeneralSecurityException | IOException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** A PKCS#12 trust store holding the CA. */
  public KeyStore trustStore() {
    try {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      ks.setCertificateEntry("ca", caCert);
      return ks;
    } catch (GeneralSecurityException | IOException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** Writes a key store to a file (tests' temp dirs only). */
  public static Path writeP12(KeyStore ks, Path file) {
    try (OutputStream out = Files.newOutputStream(file)) {
      ks.store(out, PASSWORD);
      return file;
    } catch (GeneralSecurityException | IOException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** The CA as PEM (for xmlsec1 --trusted-pem). */
  public String caPem() {
    try {
      return "-----BEGIN CERTIFICATE-----\n"
          + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
              .encodeToString(caCert.getEncoded())
          + "\n-----END CERTIFICATE-----\n";
    } catch (GeneralSecurityException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /** An SSL context with the given key (may be null) trusting this CA. */
  public SSLContext sslContext(Entity keyEntity) {
    try {
      TrustManagerFactory tmf =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(trustStore());
      KeyManagerFactory kmf = null;
      if (keyEntity != null) {
        kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keyStore(keyEntity), PASSWORD);
      }
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      return ctx;
    } catch (GeneralSecurityException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private Entity issue(String dn, KeyPurposeId eku, boolean localhost, int keyUsage) {
    try {
      KeyPair keys = rsa();
      X509v3CertificateBuilder b = builder(
          X500Name.getInstance(caCert.getSubjectX500Principal().getEncoded()), new X500Name(dn), keys);
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      b.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
      if (eku != null) {
        b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(eku));
      }
      if (localhost) {
        b.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(
            new GeneralName[] {new GeneralName(GeneralName.dNSName, "localhost"),
                new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
      }
      return new Entity(keys, sign(b, caKeys));
    } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509v3CertificateBuilder builder(X500Name issuer, X500Name subject,
      KeyPair keys) {
    Instant now = Instant.now();
    return new JcaX509v3CertificateBuilder(issuer, BigInteger.valueOf(SERIAL.incrementAndGet()),
        Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(30))),
        subject, keys.getPublic());
  }

  private static X509Certificate sign(X509v3CertificateBuilder b, KeyPair signer)
      throws OperatorCreationException, GeneralSecurityException {
    ContentSigner cs = new JcaContentSignerBuilder("SHA256withRSA").build(signer.getPrivate());
    return new JcaX509CertificateConverter().getCertificate(b.build(cs));
  }

  private static KeyPair rsa() throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048, new SecureRandom());
    return g.generateKeyPair();
  }
}
