package dev.autogen.runtime.internal;

import java.sql.Connection;

/**
 * Opens connections to the database being migrated. Implementations turn a failure into an
 * {@link dev.autogen.runtime.AutogenException} whose message names the server, never the password.
 */
@FunctionalInterface
public interface ConnectionSource {
  Connection open();
}
