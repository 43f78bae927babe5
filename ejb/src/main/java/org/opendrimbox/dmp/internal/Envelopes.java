package org.opendrimbox.dmp.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.opendrimbox.dmp.Actor;
import org.opendrimbox.dmp.DmpClientConfig;
import org.opendrimbox.dmp.PatientIdentity;
import org.opendrimbox.dmp.Professional;
import org.opendrimbox.xds.sign.SignatureProfile;
import org.opendrimbox.xds.sign.SigningKey;
import org.opendrimbox.xds.soap.Soap;
import org.opendrimbox.xds.vihf.Vihf;
import org.opendrimbox.xds.vihf.VihfWriter;
import org.w3c.dom.Document;

/** Request envelopes: WS-Addressing headers plus the signed VIHF (digest §5.2). */
final class Envelopes {
  private final DmpClientConfig config;
  private final Clock clock;

  Envelopes(DmpClientConfig config, Clock clock) {
    this.config = config;
    this.clock = clock;
  }

  SignatureProfile profile() {
    return config.sha1Signatures() ? SignatureProfile.RSA_SHA1 : SignatureProfile.RSA_SHA256;
  }

  /** A request envelope for an action, carrying the VIHF of the actor about the patient. */
  Document request(String action, java.net.URI to, Actor actor, PatientIdentity patient,
      SigningKey key) {
    Document env = Soap.request(action, to.toString());
    new VihfWriter(key, profile()).write(Soap.security(env, true).orElseThrow(),
        vihf(actor, patient, key));
    return env;
  }

  Vihf vihf(Actor actor, PatientIdentity patient, SigningKey key) {
    Professional p = actor.professional();
    List<Vihf.Role> roles = new ArrayList<>();
    roles.add(new Vihf.Role(p.profession().code(), p.profession().codingScheme(),
        Hl7.nn(p.profession().displayName())));
    if (p.specialty() != null) {
      roles.add(new Vihf.Role(p.specialty().code(), p.specialty().codingScheme(),
          Hl7.nn(p.specialty().displayName())));
    }
    return new Vihf(UUID.randomUUID().toString(), clock.instant(),
        key.certificate().getSubjectX500Principal().getName(), p.nationalId(), p.displayName(),
        roles, actor.organisation().facilityType().code() + "^1.2.250.1.71.4.2.4",
        actor.organisation().identifier(),
        new Vihf.Lps(config.lpsId(), config.lpsName(), config.lpsVersion(),
            config.homologation()),
        patient.xdsPatientId(), actor.mode().name(), Vihf.TLS_CLIENT, "normal");
  }
}
