package org.opendrimbox.dmp;

import java.util.List;

/**
 * The DMP refused the request (RegistryResponse Failure, or a SOAP Sender fault such as an invalid
 * VIHF). Final: sending the same request again will fail the same way; the errors are readable
 * and should be shown to the administrator.
 */
public class DmpRejectedException extends DmpException {
  private static final long serialVersionUID = 1L;
  /** XDS error code of a uniqueId that is already registered. */
  public static final String DUPLICATE_UNIQUE_ID = "XDSDuplicateUniqueIdInRegistry";
  private final List<DmpError> errors;

  public DmpRejectedException(List<DmpError> errors) {
    super("DMP rejected the request: " + errors, null);
    this.errors = List.copyOf(errors);
  }

  public List<DmpError> errors() {
    return errors;
  }

  /**
   * True when the only complaint is that the document is already registered: a previous attempt
   * whose answer was lost did succeed, so a publication queue may treat this as done.
   */
  public boolean isAlreadyPublished() {
    return !errors.isEmpty()
        && errors.stream().allMatch(e -> DUPLICATE_UNIQUE_ID.equals(e.code()));
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
