package org.opendrimbox.dmp;

/** A DMP call that did not succeed; see the two subclasses for what to do next. */
public abstract class DmpException extends Exception {
  private static final long serialVersionUID = 1L;

  protected DmpException(String message, Throwable cause) {
    super(message, cause);
  }

  /** True when the same call may succeed later (transport failure, DMP busy). */
  public abstract boolean isRetryable();
}
