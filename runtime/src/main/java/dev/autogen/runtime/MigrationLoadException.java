package dev.autogen.runtime;

/**
 * Migrations could not be loaded or do not form a valid revision graph: a compile error, a class with
 * {@link Revision} that is not a {@link Migration}, a duplicate id, a missing parent, a cycle. The message
 * is one line saying what is wrong and where; nothing has been applied when this is thrown.
 */
public class MigrationLoadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public MigrationLoadException(String message) {
    super(message);
  }

  public MigrationLoadException(String message, Throwable cause) {
    super(message, cause);
  }
}
