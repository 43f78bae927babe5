package org.opendrimbox.dmp;

/** VIHF {@code Authentification_Mode}. */
public enum AuthenticationMode {
  /** Automatic publication by the organisation (source side, R13). */
  INDIRECTE,
  /** Consultation on behalf of a Pro Santé Connect user (AIR, R33). */
  INDIRECTE_RENFORCEE,
  /** CPS card. */
  DIRECTE
}
