package dev.autogen.runtime.internal;

/**
 * Thrown by {@link RecordingOperations#connection()}: a migration asked for the JDBC connection where there
 * is none (recording ops for a checksum, or for a test of generated code). Callers catch it to tell this
 * case apart and fall back.
 */
public final class ConnectionRequestedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public ConnectionRequestedException() {
    super("this migration uses the JDBC connection, which does not exist while ops are only recorded"
        + " (offline --sql); run it against a database");
  }
}
