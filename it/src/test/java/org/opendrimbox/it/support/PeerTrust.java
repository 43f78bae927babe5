package org.opendrimbox.it.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.security.auth.x500.X500Principal;
import org.opendrimbox.trust.TestTrustPki;
import org.opendrimbox.trust.TestWhitelistSigner;

/**
 * The trust material of the shared box, made when the run starts (no key is committed):
 *
 * <ul>
 *   <li>TLS: the box's server certificate and the CA of the peers' client certificates come from the development
 *       PKI ({@code bin/dev-pki}); a peer of organisation {@link #PEER_ORG} presents {@code
 *       credentials/<org>/auth.p12} (the ORG AUTH_CLI stand-in);
 *   <li>whitelist: an ANS-shaped list naming the peer's certificate DN, signed XAdES-BASELINE-B by a generated
 *       IGC-Santé-like PKI whose signer is {@code CN=Liste Blanche DRIM-M, OU=318751275100020} (the same signer the
 *       trust unit tests use); its root is the box's {@code DRIMBOX_TRUST_ANCHORS}, its CRL {@code
 *       DRIMBOX_TRUST_CRLS}.
 * </ul>
 */
public final class PeerTrust {

  /** The organisation whose client certificate is in the whitelist. */
  public static final String PEER_ORG = "1750803447";
  /** An organisation of the same PKI whose certificate is not in the whitelist. */
  public static final String STRANGER_ORG = "101235555";

  private final Path pki;
  private final Path whitelist;
  private final Path anchors;
  private final Path crl;
  private final byte[] signedWhitelist;

  private PeerTrust(Path pki, Path dir, byte[] signedWhitelist) {
    this.pki = pki;
    this.whitelist = dir.resolve("whitelist.xml");
    this.anchors = dir.resolve("anchors.pem");
    this.crl = dir.resolve("igc-test.crl");
    this.signedWhitelist = signedWhitelist;
  }

  /** Writes the signed whitelist, its anchor and CRL under {@code dir}. */
  public static PeerTrust create(Path pki, Path dir) {
    try {
      Files.createDirectories(dir);
      TestTrustPki igc = new TestTrustPki("IT", Instant.now());
      TestTrustPki.Issued signer = igc.issue(
          "CN=Liste Blanche DRIM-M,OU=318751275100020,O=AGENCE DU NUMERIQUE EN SANTE,ST=Paris (75),C=FR");
      X500Principal peer = clientCertificate(pki, PEER_ORG).getSubjectX500Principal();
      byte[] signed = TestWhitelistSigner.sign(whitelistXml(peer), signer.keys().getPrivate(),
          List.of(signer.certificate(), igc.intermediate(), igc.root()));
      PeerTrust t = new PeerTrust(pki, dir, signed);
      Files.write(t.whitelist, signed);
      Files.writeString(t.anchors, pem("CERTIFICATE", igc.root().getEncoded()));
      Files.write(t.crl, igc.crl().getEncoded());
      return t;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public Path whitelist() {
    return whitelist;
  }

  public Path anchors() {
    return anchors;
  }

  public Path crl() {
    return crl;
  }

  /** Replaces the box's list file with a copy whose one entry byte changed after signing. */
  public void tamperWhitelist() {
    write(whitelist, tampered());
  }

  /** Puts the signed list back. */
  public void restoreWhitelist() {
    write(whitelist, signedWhitelist);
  }

  /** Writes a tampered copy of the signed list to {@code file}. */
  public void writeTamperedWhitelist(Path file) {
    write(file, tampered());
  }

  private byte[] tampered() {
    String xml = new String(signedWhitelist, StandardCharsets.UTF_8);
    String tampered = xml.replace("<Denomination>OPENDRIMBOX IT PEER</Denomination>",
        "<Denomination>OPENDRIMBOX IT PEES</Denomination>");
    if (tampered.equals(xml)) {
      throw new IllegalStateException("entry not found in the signed whitelist");
    }
    return tampered.getBytes(StandardCharsets.UTF_8);
  }

  private static void write(Path file, byte[] content) {
    try {
      Files.write(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** TLS context of a peer presenting the client certificate of {@code org}. */
  public SSLContext peer(String org) {
    return context(pki.resolve("credentials").resolve(org).resolve("auth.p12"));
  }

  /** TLS context of a client without certificate (trusts the box's server certificate only). */
  public SSLContext anonymous() {
    return context(null);
  }

  /** The subject DN of {@code org}'s client certificate. */
  public X500Principal peerDn(String org) {
    return clientCertificate(pki, org).getSubjectX500Principal();
  }

  private SSLContext context(Path keyStore) {
    try {
      char[] password = password(pki);
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(load(pki.resolve("truststore.p12"), password));
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(keyStore == null ? null : load(keyStore, password), password);
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(keyStore == null ? null : kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      return ctx;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  static char[] password(Path pki) {
    try {
      return Files.readString(pki.resolve("password")).strip().toCharArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static KeyStore load(Path file, char[] password) throws GeneralSecurityException {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, password);
      return ks;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static X509Certificate clientCertificate(Path pki, String org) {
    try {
      KeyStore ks = load(pki.resolve("credentials").resolve(org).resolve("auth.p12"), password(pki));
      return (X509Certificate) ks.getCertificate("auth");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] whitelistXml(X500Principal peer) {
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<ListeBlancheDRIM-M xmlns=\"https://github.com/ansforge/DRIM-M_DATA\" versionFormat=\"1.0.0\">"
        + "<DateDeGeneration>2026-11-01T00:00:00Z</DateDeGeneration><ListeDomaines><Domaine>"
        + "<Identifiant>1</Identifiant><db>localhost</db><vi></vi>"
        + "<Denomination>OPENDRIMBOX IT PEER</Denomination>"
        + "<DNCertificatOperateur>" + peer.getName() + "</DNCertificatOperateur>"
        + "<SupportContact>it@example.org</SupportContact><DateMAJ>2026-11-01T00:00:00Z</DateMAJ>"
        + "</Domaine></ListeDomaines></ListeBlancheDRIM-M>").getBytes(StandardCharsets.UTF_8);
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(der) + "\n-----END " + type + "-----\n";
  }
}
