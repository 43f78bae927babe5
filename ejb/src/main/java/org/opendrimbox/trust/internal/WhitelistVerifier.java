package org.opendrimbox.trust.internal;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;
import org.opendrimbox.trust.Whitelist;
import org.opendrimbox.trust.WhitelistRejectedException;
import org.opendrimbox.trust.WhitelistVerification;
import org.opendrimbox.xds.xml.Xml;
import org.opendrimbox.xds.xml.XmlException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Verifies and parses an ANS whitelist document (R51): enveloped XAdES signature, signer
 * {@code CN=Liste Blanche DRIM-M, OU=318751275100020}, chain to the IGC-Santé anchors, validity, CRL.
 * In strict mode every check must pass. Demo mode also accepts an unsigned list, or a correctly signed one
 * whose chain or revocation cannot be established (no anchors, no CRL); a signed list whose signature does not
 * verify or whose signer is not the ANS one is refused in every mode.
 */
public final class WhitelistVerifier {

  /** Expected signer common name. */
  public static final String SIGNER_CN = "Liste Blanche DRIM-M";
  /** Expected signer organisational unit (ANS). */
  public static final String SIGNER_OU = "318751275100020";

  private final TrustMaterial trust;
  private final Clock clock;
  private final boolean demo;

  public WhitelistVerifier(TrustMaterial trust, Clock clock, boolean demo) {
    this.trust = trust;
    this.clock = clock;
    this.demo = demo;
  }

  /** Verifies then parses; throws when the list must not be used. */
  public Whitelist verify(byte[] xml) throws WhitelistRejectedException {
    Element root;
    try {
      Document doc = Xml.parse(xml);
      root = doc.getDocumentElement();
    } catch (XmlException e) {
      throw new WhitelistRejectedException("whitelist is not well-formed XML: " + e.getMessage(), null);
    }
    WhitelistVerification v = checkSignature(root);
    WhitelistParser.Content content;
    try {
      content = WhitelistParser.parse(root);
    } catch (IllegalArgumentException e) {
      throw new WhitelistRejectedException("whitelist content is invalid: " + e.getMessage(), v);
    }
    if (!v.accepted()) {
      throw new WhitelistRejectedException("whitelist rejected: " + String.join("; ", v.problems()), v);
    }
    return new Whitelist(content.generatedAt(), content.entries(), v);
  }

  private WhitelistVerification checkSignature(Element root) {
    List<String> problems = new ArrayList<>();
    Element sig;
    try {
      sig = EnvelopedSignature.find(root);
    } catch (EnvelopedSignature.Invalid e) {
      problems.add(e.getMessage());
      return verdict(true, false, null, false, false, false, problems);
    }
    if (sig == null) {
      problems.add("whitelist is not signed");
      return verdict(false, false, null, false, false, false, problems);
    }
    EnvelopedSignature.Verified verified;
    try {
      verified = EnvelopedSignature.verify(sig);
    } catch (EnvelopedSignature.Invalid e) {
      problems.add(e.getMessage());
      return verdict(true, false, null, false, false, false, problems);
    }
    X509Certificate signer = verified.signer();
    boolean identity = signerIdentityOk(signer.getSubjectX500Principal());
    if (!identity) {
      problems.add("unexpected signer " + signer.getSubjectX500Principal().getName()
          + " (expected CN=" + SIGNER_CN + ", OU=" + SIGNER_OU + ")");
    }
    List<X509Certificate> others = new ArrayList<>(verified.keyInfoCertificates());
    others.remove(signer);
    SignerChain.Result chain = SignerChain.check(signer, others, trust, clock.instant());
    problems.addAll(chain.problems());
    return verdict(true, true, signer.getSubjectX500Principal().getName(), identity, chain.trusted(),
        chain.notRevoked(), problems);
  }

  private WhitelistVerification verdict(boolean signed, boolean valid, String signer, boolean identity,
      boolean chain, boolean notRevoked, List<String> problems) {
    boolean all = signed && valid && identity && chain && notRevoked;
    // demo tolerates a missing signature or missing PKI material, never a signature that is broken or foreign
    boolean demoOk = demo && (!signed || (valid && identity));
    return new WhitelistVerification(signed, valid, signer, identity, chain, notRevoked, all || demoOk, problems);
  }

  static boolean signerIdentityOk(X500Principal subject) {
    try {
      String cn = null;
      String ou = null;
      int cnCount = 0;
      int ouCount = 0;
      for (Rdn rdn : new LdapName(subject.getName(X500Principal.RFC2253)).getRdns()) {
        if ("CN".equalsIgnoreCase(rdn.getType())) {
          cn = String.valueOf(rdn.getValue());
          cnCount++;
        } else if ("OU".equalsIgnoreCase(rdn.getType())) {
          ou = String.valueOf(rdn.getValue());
          ouCount++;
        }
      }
      return cnCount == 1 && ouCount == 1 && SIGNER_CN.equals(cn) && SIGNER_OU.equals(ou);
    } catch (InvalidNameException e) {
      return false;
    }
  }
}
