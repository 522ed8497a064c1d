package dev.autogen.runtime;

/**
 * A failure a person reads: one line saying what is wrong and what to do. The CLI prints its message and
 * exits non-zero; an application migrating at start-up can let it stop the start. Messages never contain
 * passwords.
 */
public class AutogenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public AutogenException(String message) {
    super(message);
  }

  public AutogenException(String message, Throwable cause) {
    super(message, cause);
  }
}
