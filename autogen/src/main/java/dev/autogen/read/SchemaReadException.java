package dev.autogen.read;

/** Reading a database schema failed; the message is one line saying what went wrong and what to do. */
public final class SchemaReadException extends RuntimeException {
  public SchemaReadException(String message) {
    super(message);
  }

  public SchemaReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
