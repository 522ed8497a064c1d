package dev.autogen.cli;

import java.sql.SQLException;

/** Which failures carry a message written for a person, to be shown as it is. */
final class Errors {
  private Errors() {}

  /** The project's own exceptions and the database's: their messages say what went wrong. */
  static boolean isReadable(Throwable e) {
    return e.getMessage() != null
        && (e instanceof SQLException || e.getClass().getName().startsWith("dev.autogen."));
  }
}
