package org.opendrimbox.trust;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CRLConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away PKI shaped like IGC-Santé (root, "organisations" intermediate, end entities), generated when
 * the tests run: no private key is committed. Keys are 2048-bit RSA, made once per instance.
 */
public final class TestTrustPki {

  private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

  /** An issued certificate and its key. */
  public record Issued(KeyPair keys, X509Certificate certificate) {}

  private final Instant now;
  private final Issued root;
  private final Issued intermediate;

  public TestTrustPki(String name, Instant now) {
    this.now = now;
    KeyPair rootKeys = rsa();
    X500Name rootDn = new X500Name("CN=TEST RACINE " + name + ",OU=IGC TEST,O=OPENDRIMBOX,C=FR");
    root = new Issued(rootKeys, ca(rootDn, rootDn, rootKeys, rootKeys));
    KeyPair interKeys = rsa();
    X500Name interDn = new X500Name("CN=TEST AC ORGANISATIONS " + name + ",OU=IGC TEST,O=OPENDRIMBOX,C=FR");
    intermediate = new Issued(interKeys, ca(rootDn, interDn, interKeys, rootKeys));
  }

  public X509Certificate root() {
    return root.certificate();
  }

  public X509Certificate intermediate() {
    return intermediate.certificate();
  }

  /** An end-entity certificate issued by the intermediate, valid from now-1d to now+{@code validity}. */
  public Issued issue(String dn, Duration validity) {
    try {
      KeyPair keys = rsa();
      X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
          X500Name.getInstance(intermediate.certificate().getSubjectX500Principal().getEncoded()),
          BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(now.minus(Duration.ofDays(1))),
          Date.from(now.plus(validity)), asInCertificates(dn), keys.getPublic());
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      b.addExtension(Extension.keyUsage, true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation | KeyUsage.keyEncipherment));
      return new Issued(keys, sign(b, intermediate.keys()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** RFC 2253 order (CN first) to the ASN.1 order real IGC-Santé certificates use (C first). */
  private static X500Name asInCertificates(String dn) {
    return X500Name.getInstance(new javax.security.auth.x500.X500Principal(dn).getEncoded());
  }

  public Issued issue(String dn) {
    return issue(dn, Duration.ofDays(365));
  }

  /** A CRL of the intermediate, current at {@code now}, revoking the given certificates. */
  public X509CRL crl(X509Certificate... revoked) {
    try {
      X509v2CRLBuilder b = new X509v2CRLBuilder(
          X500Name.getInstance(intermediate.certificate().getSubjectX500Principal().getEncoded()),
          Date.from(now.minus(Duration.ofHours(1))));
      b.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
      for (X509Certificate c : revoked) {
        b.addCRLEntry(c.getSerialNumber(), Date.from(now.minus(Duration.ofMinutes(30))), CRLReason.keyCompromise);
      }
      ContentSigner s = new JcaContentSignerBuilder("SHA256withRSA").build(intermediate.keys().getPrivate());
      return new JcaX509CRLConverter().getCRL(b.build(s));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private X509Certificate ca(X500Name issuer, X500Name subject, KeyPair keys, KeyPair signer) {
    try {
      X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(issuer,
          BigInteger.valueOf(SERIAL.incrementAndGet()), Date.from(now.minus(Duration.ofDays(30))),
          Date.from(now.plus(Duration.ofDays(3650))), subject, keys.getPublic());
      b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
      b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      return sign(b, signer);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static X509Certificate sign(X509v3CertificateBuilder b, KeyPair signer) throws Exception {
    ContentSigner s = new JcaContentSignerBuilder("SHA256withRSA").build(signer.getPrivate());
    return new JcaX509CertificateConverter().getCertificate(b.build(s));
  }

  private static KeyPair rsa() {
    try {
      KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
      g.initialize(2048);
      return g.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
