package dev.autogen.cli;

/**
 * An error the CLI reports as one line and ends on, with its exit code: {@link #USAGE} (2) when the
 * command line or the configuration is wrong, {@link #FAILURE} (1) when the work itself failed.
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;


  public static final int FAILURE = 1;
  public static final int USAGE = 2;

  private final int exitCode;

  private CliException(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** Bad usage: a wrong option, a wrong configuration key or value. Exit code 2. */
  public static CliException usage(String message) {
    return new CliException(message, USAGE, null);
  }

  /** The work failed. Exit code 1. */
  public static CliException failure(String message) {
    return new CliException(message, FAILURE, null);
  }

  public static CliException failure(String message, Throwable cause) {
    return new CliException(message, FAILURE, cause);
  }

  /** An error with a command's own exit code (such as {@code check}'s 2 for errors, as 1 means drift). */
  public static CliException withExitCode(String message, int exitCode, Throwable cause) {
    return new CliException(message, exitCode, cause);
  }

  public int exitCode() {
    return exitCode;
  }
}
