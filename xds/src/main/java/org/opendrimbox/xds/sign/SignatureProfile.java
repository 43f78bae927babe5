package org.opendrimbox.xds.sign;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Signature and digest algorithms. The ANS samples use RSA-SHA1/SHA-1; SHA-256 is offered for
 * platforms that accept it. Verification accepts both.
 */
public enum SignatureProfile {
  RSA_SHA1("http://www.w3.org/2000/09/xmldsig#rsa-sha1",
      "http://www.w3.org/2000/09/xmldsig#sha1", "SHA-1"),
  RSA_SHA256("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
      "http://www.w3.org/2001/04/xmlenc#sha256", "SHA-256");

  private final String signatureUri;
  private final String digestUri;
  private final String jcaDigest;

  SignatureProfile(String signatureUri, String digestUri, String jcaDigest) {
    this.signatureUri = signatureUri;
    this.digestUri = digestUri;
    this.jcaDigest = jcaDigest;
  }

  public String signatureUri() {
    return signatureUri;
  }

  public String digestUri() {
    return digestUri;
  }

  /** Digest of bytes with this profile's digest algorithm. */
  public byte[] digest(byte[] data) {
    return digest(jcaDigest, data);
  }

  /** JCA digest name for an XML DSig digest URI. */
  public static String jcaName(String digestUri) {
    for (SignatureProfile p : values()) {
      if (p.digestUri.equals(digestUri)) {
        return p.jcaDigest;
      }
    }
    if ("http://www.w3.org/2001/04/xmldsig-more#sha384".equals(digestUri)) {
      return "SHA-384";
    }
    if ("http://www.w3.org/2001/04/xmlenc#sha512".equals(digestUri)) {
      return "SHA-512";
    }
    throw new IllegalArgumentException("Unsupported digest " + digestUri);
  }

  /** Digest with a JCA algorithm name. */
  public static byte[] digest(String jca, byte[] data) {
    try {
      return MessageDigest.getInstance(jca).digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
