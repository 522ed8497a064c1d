package dev.autogen.runtime;

/**
 * A revision or target cannot be resolved or reached: an unknown or ambiguous id, {@code head} while there
 * are several heads, a relative step past head or base, a downgrade to a revision that is not applied.
 * The message is one line saying what is wrong and what to do.
 */
public class RevisionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RevisionException(String message) {
    super(message);
  }
}
