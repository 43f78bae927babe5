package org.opendrimbox.pacs;

/**
 * The PACS does not (yet) hold the study, or holds it without any instance: retryable, since reports often
 * arrive before the images are archived (ERR04 once the retry window is over).
 */
public final class StudyNotFoundException extends PacsException {

  private static final long serialVersionUID = 1L;

  public StudyNotFoundException(String message) {
    super(message, null);
  }

  @Override
  public boolean retryable() {
    return true;
  }

  @Override
  public String errorCode() {
    return "ERR04";
  }
}
