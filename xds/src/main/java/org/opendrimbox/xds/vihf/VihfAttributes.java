package org.opendrimbox.xds.vihf;

/** SAML attribute names of the VIHF. */
final class VihfAttributes {
  static final String VERSION = "VIHF_Version";
  static final String SECTEUR = "Secteur_Activite";
  static final String RESOURCE_URN = "Ressource_URN";
  static final String SUBJECT_ID = "urn:oasis:names:tc:xspa:1.0:subject:subject-id";
  static final String STRUCTURE = "Identifiant_Structure";
  static final String LPS_ID = "LPS_ID";
  static final String LPS_NOM = "LPS_Nom";
  static final String LPS_HOMOLOGATION = "LPS_ID_HOMOLOGATION_DMP";
  static final String LPS_VERSION = "LPS_Version";
  static final String RESOURCE_ID = "urn:oasis:names:tc:xacml:2.0:resource:resource-id";
  static final String AUTH_MODE = "Authentification_Mode";
  static final String PURPOSE = "urn:oasis:names:tc:xspa:1.0:subject:purposeofuse";
  static final String ROLE = "urn:oasis:names:tc:xacml:2.0:subject:role";
  static final String PURPOSE_SYSTEM = "1.2.250.1.213.1.1.4.248";

  private VihfAttributes() {}
}
