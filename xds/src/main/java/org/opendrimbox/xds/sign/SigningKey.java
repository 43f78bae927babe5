package org.opendrimbox.xds.sign;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Collections;

/** A private key with its certificate (IGC-Santé ORG SIGN_CLI in production). */
public record SigningKey(PrivateKey privateKey, X509Certificate certificate) {

  /** Loads the first (or the named) key entry of a PKCS#12 or JKS key store. */
  public static SigningKey load(Path keyStore, char[] password, String alias) {
    try (InputStream in = Files.newInputStream(keyStore)) {
      KeyStore ks = KeyStore.getInstance(keyStore.toString().endsWith(".jks") ? "JKS" : "PKCS12");
      ks.load(in, password);
      return from(ks, password, alias);
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalArgumentException("Cannot load signing key store " + keyStore, e);
    }
  }

  /** Takes the first (or the named) key entry of a loaded key store. */
  public static SigningKey from(KeyStore ks, char[] password, String alias) {
    try {
      String a = alias;
      if (a == null) {
        a = Collections.list(ks.aliases()).stream().filter(n -> isKey(ks, n)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no private key in key store"));
      }
      return new SigningKey((PrivateKey) ks.getKey(a, password),
          (X509Certificate) ks.getCertificate(a));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("Cannot read signing key", e);
    }
  }

  private static boolean isKey(KeyStore ks, String alias) {
    try {
      return ks.isKeyEntry(alias);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
