package org.opendrimbox.dmp;

import java.util.List;

/**
 * The DMP refused the request (RegistryResponse Failure, or a SOAP Sender fault such as an invalid
 * VIHF). Final: sending the same request again will fail the same way; the errors are readable
 * and should be shown to the administrator.
 */
public class DmpRejectedException extends DmpException {
  private static final long serialVersionUID = 1L;
  private final List<DmpError> errors;

  public DmpRejectedException(List<DmpError> errors) {
    super("DMP rejected the request: " + errors, null);
    this.errors = List.copyOf(errors);
  }

  public List<DmpError> errors() {
    return errors;
  }

  @Override
  public boolean isRetryable() {
    return false;
  }
}
