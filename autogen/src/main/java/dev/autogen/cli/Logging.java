package dev.autogen.cli;

import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps the libraries' logging quiet unless {@code --verbose}. Every library the CLI uses logs through
 * java.util.logging in the end: the PostgreSQL driver directly, zonky's embedded
 * PostgreSQL through slf4j and its JUL binding ({@code slf4j-jdk14}, the only slf4j provider on the class
 * path), Hibernate through JBoss logging told to use JUL. So one switch here decides for all of them;
 * with {@code --verbose} their records go to stderr through the {@link Reporter}, passwords masked.
 */
final class Logging {

  /** Level of library records shown with {@code --verbose}. */
  private static final Level VERBOSE_LEVEL = Level.INFO;

  private Logging() {}

  /** Must run before any library class logs: JBoss logging picks its provider once. */
  static void configure(Reporter reporter) {
    System.setProperty("org.jboss.logging.provider", "jdk");
    LogManager.getLogManager().reset();
    Logger root = Logger.getLogger("");
    if (reporter.isVerbose()) {
      root.setLevel(VERBOSE_LEVEL);
      root.addHandler(new ReporterHandler(reporter));
    } else {
      root.setLevel(Level.OFF);
    }
  }

  /** Writes each record as one line through the reporter. */
  private static final class ReporterHandler extends Handler {
    private final Reporter reporter;

    ReporterHandler(Reporter reporter) {
      this.reporter = reporter;
      setLevel(VERBOSE_LEVEL);
      setFormatter(new Formatter() {
        @Override
        public String format(LogRecord r) {
          String message = formatMessage(r);
          String thrown = r.getThrown() == null ? "" : " (" + r.getThrown() + ")";
          return r.getLevel().getName().toLowerCase(java.util.Locale.ROOT) + " [" + r.getLoggerName() + "] "
              + message + thrown;
        }
      });
    }

    @Override
    public void publish(LogRecord r) {
      if (isLoggable(r)) {
        reporter.log(getFormatter().format(r));
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
