package org.opendrimbox.xds.transaction;

/** WS-Addressing actions of the XDS.b transactions. */
public final class XdsActions {
  public static final String ITI41 = "urn:ihe:iti:2007:ProvideAndRegisterDocumentSet-b";
  public static final String ITI41_RESPONSE = ITI41 + "Response";
  public static final String ITI43 = "urn:ihe:iti:2007:RetrieveDocumentSet";
  public static final String ITI43_RESPONSE = ITI43 + "Response";
  public static final String ITI18 = "urn:ihe:iti:2007:RegistryStoredQuery";
  public static final String ITI18_RESPONSE = ITI18 + "Response";
  public static final String ITI57 = "urn:ihe:iti:2010:UpdateDocumentSet";
  public static final String ITI57_RESPONSE = ITI57 + "Response";

  private XdsActions() {}
}
