package org.opendrimbox.dmpsim.validation;

/** XDS RegistryError codes and WS-Security fault subcodes used by the simulator. */
public final class ErrorCodes {
  public static final String REGISTRY_METADATA = "XDSRegistryMetadataError";
  public static final String REPOSITORY_METADATA = "XDSRepositoryMetadataError";
  public static final String MISSING_DOCUMENT = "XDSMissingDocument";
  public static final String MISSING_DOCUMENT_METADATA = "XDSMissingDocumentMetadata";
  public static final String PATIENT_ID_MISMATCH = "XDSPatientIdDoesNotMatch";
  public static final String NON_IDENTICAL_HASH = "XDSNonIdenticalHash";
  public static final String NON_IDENTICAL_SIZE = "XDSNonIdenticalSize";
  public static final String DUPLICATE_UNIQUE_ID = "XDSDuplicateUniqueIdInRegistry";
  public static final String UNRESOLVED_REFERENCE = "UnresolvedReferenceException";
  public static final String METADATA_UPDATE = "XDSMetadataUpdateError";
  public static final String UNKNOWN_STORED_QUERY = "XDSUnknownStoredQuery";
  public static final String STORED_QUERY_PARAM = "XDSStoredQueryParamNumber";
  public static final String DOCUMENT_UNIQUE_ID = "XDSDocumentUniqueIdError";
  public static final String UNKNOWN_REPOSITORY = "XDSUnknownRepositoryId";
  public static final String REGISTRY_BUSY = "XDSRegistryBusy";
  public static final String REGISTRY_ERROR = "XDSRegistryError";
  /** WS-Security fault subcodes. */
  public static final String INVALID_SECURITY = "InvalidSecurity";
  public static final String FAILED_AUTHENTICATION = "FailedAuthentication";

  private ErrorCodes() {}
}
