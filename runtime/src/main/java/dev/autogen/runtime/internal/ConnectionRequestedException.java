package dev.autogen.runtime.internal;

/**
 * Thrown by {@link RecordingOperations#connection()}: the migration works on the JDBC connection, so its
 * effect cannot be known from its ops alone. Callers catch it to fall back (for a checksum, say).
 */
public class ConnectionRequestedException extends IllegalStateException {
  public ConnectionRequestedException() {
    super("this migration uses the JDBC connection, so its ops cannot be recorded without running it");
  }
}
