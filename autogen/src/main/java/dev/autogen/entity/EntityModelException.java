package dev.autogen.entity;

/**
 * The entity model cannot be built: a mapping error (with the class it is in), no entity classes found, a
 * class that cannot be loaded. The message is one line that says what to do.
 */
public final class EntityModelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EntityModelException(String message) {
    super(message);
  }

  public EntityModelException(String message, Throwable cause) {
    super(message, cause);
  }
}
