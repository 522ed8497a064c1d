package dev.autogen.runtime.internal;

import dev.autogen.runtime.AutogenException;
import dev.autogen.runtime.dialect.Dialects;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * {@link ConnectionSource}s over a JDBC URL or a {@link DataSource}, turning the driver's failures into
 * one-line {@link AutogenException}s that say what to check. The password is sent to the driver and to
 * nothing else: messages are scrubbed of it and of any password in the URL.
 */
public final class Connections {
  private Connections() {}

  /** Connections from {@link DriverManager}; {@code user} and {@code password} may be null. */
  public static ConnectionSource url(String url, String user, String password) {
    Objects.requireNonNull(url, "url");
    return () -> {
      try {
        DriverManager.getDriver(url);
      } catch (SQLException e) {
        throw new AutogenException("no JDBC driver on the class path accepts " + Dialects.redact(url)
            + "; add the PostgreSQL driver (org.postgresql:postgresql)");
      }
      Properties properties = new Properties();
      if (user != null) {
        properties.setProperty("user", user);
      }
      if (password != null) {
        properties.setProperty("password", password);
      }
      try {
        return DriverManager.getConnection(url, properties);
      } catch (SQLException e) {
        throw connectFailed(Dialects.redact(url), user, password, e);
      }
    };
  }

  /** Connections from an application's data source. */
  public static ConnectionSource dataSource(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return () -> {
      try {
        return dataSource.getConnection();
      } catch (SQLException e) {
        throw connectFailed("the data source", null, null, e);
      }
    };
  }

  /** The one line a person reads when connecting fails, by the SQLSTATE's class. */
  static AutogenException connectFailed(String where, String user, String password, SQLException e) {
    String reason = scrub(firstSentence(e.getMessage()) + networkCause(e), password);
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.startsWith("28")) {
      return new AutogenException("cannot log in to " + where + (user == null ? "" : " as " + user) + ": " + reason
          + "; check the user and password");
    }
    if (state.equals("3D000")) {
      return new AutogenException("cannot connect to " + where + ": " + reason
          + "; create the database or correct its name in the URL");
    }
    return new AutogenException("cannot connect to " + where + ": " + reason
        + "; check the URL and that the server is running");
  }

  /** What the network said, when the driver only says that the attempt failed (an unknown host, a timeout). */
  private static String networkCause(SQLException e) {
    Throwable cause = e.getCause();
    if (cause instanceof java.net.UnknownHostException) {
      return " (unknown host " + cause.getMessage() + ")";
    }
    // Only where the driver's own words are generic: "Connection to host:port refused" says it all.
    boolean generic = e.getMessage() != null && e.getMessage().startsWith("The connection attempt failed");
    if (generic && cause instanceof java.io.IOException && cause.getMessage() != null && !cause.getMessage().isBlank()) {
      return " (" + firstSentence(cause.getMessage()) + ")";
    }
    return "";
  }

  /**
   * The driver's first sentence without the server's severity prefix: PostgreSQL's driver follows
   * "Connection to host:port refused." with advice of its own, which ours replaces.
   */
  static String firstSentence(String message) {
    if (message == null || message.isBlank()) {
      return "no reason given";
    }
    String line = message.strip().lines().findFirst().orElse("").strip();
    line = line.replaceFirst("^(FATAL|ERROR): +", "");
    int end = line.indexOf(". ");
    if (end > 0 && end + 2 < line.length() && Character.isUpperCase(line.charAt(end + 2))) {
      line = line.substring(0, end);
    }
    return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
  }

  /** The text with every occurrence of the password, and any password in a URL, masked. */
  public static String scrub(String text, String password) {
    if (text == null) {
      return null;
    }
    String out = Dialects.redact(text);
    if (password != null && !password.isEmpty()) {
      out = out.replace(password, "***");
    }
    return out;
  }

  /** Closes quietly: closing ends a session's locks and transaction, and there is nothing to report. */
  static void close(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // see above
    }
  }
}
