package org.opendrimbox.dmp;

import java.util.Objects;

/** Who calls the DMP: the professional, the organisation, and how they are authenticated. */
public record Actor(Professional professional, Organisation organisation,
    AuthenticationMode mode) {
  public Actor {
    Objects.requireNonNull(professional, "professional");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(mode, "mode");
  }

  /** The publishing actor (indirect authentication, R13). */
  public static Actor publisher(Professional professional, Organisation organisation) {
    return new Actor(professional, organisation, AuthenticationMode.INDIRECTE);
  }
}
